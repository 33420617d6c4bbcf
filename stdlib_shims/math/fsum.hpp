// math.fsum(iterable, /): the correctly rounded sum of the floats, by CPython's algorithm
// (Shewchuk's exact partials, then half-even rounding across partials), so the bits match:
// inf and nan items give inf/nan, inf + -inf ValueError "-inf + inf in fsum", a finite
// overflow OverflowError "intermediate overflow in fsum".
#pragma once

#include <cmath>
#include <vector>

#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

template <class Iterable>
PYCXX_SHIM("math", "fsum") PYCXX_POSITIONAL_ONLY
double fsum(PYCXX_TYPE("Iterable[float]") const Iterable& iterable) {
  std::vector<double> p;  // the partials, non-overlapping, increasing magnitude
  double special_sum = 0.0, inf_sum = 0.0;
  for (const auto& item : iterable) {
    double x = static_cast<double>(item);
    const double xsave = x;
    std::size_t i = 0;
    for (std::size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an intermediate overflow, or from a nan or inf among the items.
        if (std::isfinite(xsave)) pycxx::raise(pycxx::exception_kind::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) pycxx::raise(pycxx::exception_kind::ValueError, "-inf + inf in fsum");
    return special_sum;
  }
  double hi = 0.0;
  std::size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    // Add from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up, as CPython.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

}  // namespace pycxx::shims::math
