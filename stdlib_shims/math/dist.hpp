// math.dist(p, q, /): the Euclidean distance between two points given as sequences of
// numbers, CPython's way so that the bits match: the norm of the |p[i] - q[i]| by
// detail/vector_norm.hpp (an infinity wins over NaN, no overflow error); points of different
// lengths raise ValueError "both points must have the same number of dimensions".
#pragma once

#include <cmath>
#include <iterator>
#include <tuple>
#include <vector>

#include "math/detail/vector_norm.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {
namespace detail {

// The coordinates of a point as doubles: a list or other range, or a tuple (a point literal).
template <class Point> std::vector<double> coordinates(const Point& point) {
  std::vector<double> r;
  if constexpr (requires { std::begin(point); }) {
    for (const auto& x : point) r.push_back(static_cast<double>(x));
  } else {
    std::apply([&](const auto&... x) { (r.push_back(static_cast<double>(x)), ...); }, point);
  }
  return r;
}

}  // namespace detail

template <class P, class Q>
PYCXX_SHIM("math", "dist") PYCXX_POSITIONAL_ONLY
double dist(PYCXX_TYPE("Iterable[float]") const P& p, PYCXX_TYPE("Iterable[float]") const Q& q) {
  // CPython makes tuples of both points before comparing lengths.
  std::vector<double> ps = detail::coordinates(p), qs = detail::coordinates(q);
  if (ps.size() != qs.size())
    pycxx::raise(pycxx::exception_kind::ValueError, "both points must have the same number of dimensions");
  std::vector<double>& diffs = ps;
  for (std::size_t i = 0; i < ps.size(); ++i) diffs[i] = std::fabs(ps[i] - qs[i]);
  double max = 0.0;
  bool found_nan = false;
  for (double d : diffs) {
    found_nan |= std::isnan(d);
    if (d > max) max = d;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return std::nan("");
  if (max == 0.0 || diffs.size() <= 1) return max;
  return detail::scaled_norm(diffs.data(), diffs.size(), max);
}

}  // namespace pycxx::shims::math
