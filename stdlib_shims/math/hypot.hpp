// math.hypot(*coordinates): the Euclidean norm, computed as CPython 3.11 does so that the
// result has the same bits: scale by a power of two, square and sum with exact error terms
// (an fma gives each square's rounding error), one square root, one Newton correction.
// An infinity wins over NaN; a norm beyond the largest double is inf (no error, as CPython).
#pragma once

#include <cfloat>
#include <cmath>
#include <initializer_list>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {
namespace detail {

// x*x as an unevaluated sum hi + lo (exact).
inline void square_exact(double x, double& hi, double& lo) {
  hi = x * x;
  lo = std::fma(x, x, -hi);
}

// The norm of |values| (all finite, max their largest), scaled into [0.5, 1) first.
inline double scaled_norm(const double* values, std::size_t n, double max, double pre_scale) {
  int max_e = 0;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormal max: ldexp(1.0, -max_e) would overflow, so lift everything first
    return DBL_MIN * scaled_norm(values, n, max / DBL_MIN, pre_scale / DBL_MIN);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, hi = 0.0, lo = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double x = std::fabs(values[i]) * pre_scale * scale;
    square_exact(x, hi, lo);
    double sum = csum + hi;  // |csum| >= |hi|: the fast two-sum is exact
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  hi = -h * h;  // -h*h exactly, as hi + lo
  lo = std::fma(-h, h, -hi);
  double sum = csum + hi;
  frac2 += (csum - sum) + hi;
  csum = sum;
  frac1 += lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

}  // namespace detail

PYCXX_SHIM("math", "hypot")
inline double hypot(star_args<double> coordinates) {
  double max = 0.0;
  bool found_nan = false;
  for (double c : coordinates) {
    double a = std::fabs(c);
    found_nan |= std::isnan(a);
    if (a > max) max = a;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return std::nan("");
  if (max == 0.0 || coordinates.size() <= 1) return max;
  return detail::scaled_norm(coordinates.begin(), coordinates.size(), max, 1.0);
}

}  // namespace pycxx::shims::math
