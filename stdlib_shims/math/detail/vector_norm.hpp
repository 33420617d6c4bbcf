// CPython's vector_norm, which math.hypot and math.dist share (hypot.hpp, dist.hpp): the
// Euclidean norm of finite values whose largest magnitude is `max`, scaled by a power of two
// into [0.5, 1), squared exactly (an fma gives each square's rounding error), summed with
// compensation against an initial 1.0 (so the fast two-sum is exact), then one square root
// with a first-order correction; the bits match CPython 3.11's (checked on random vectors of
// every magnitude by test/run/test_math_dist.py).
#pragma once

#include <cfloat>
#include <cmath>
#include <cstddef>

namespace pycxx::shims::math {
namespace detail {

// x*x as an unevaluated sum hi + lo (exact).
inline void square_exact(double x, double& hi, double& lo) {
  hi = x * x;
  lo = std::fma(x, x, -hi);
}

// The norm of |values| (all finite, max their largest), scaled into [0.5, 1) first.
inline double scaled_norm(const double* values, std::size_t n, double max) {
  int max_e = 0;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // A subnormal max: ldexp(1.0, -max_e) would overflow. CPython 3.11 then divides by max
    // instead and sums the rounded squares with one compensation term (its results here are
    // not always correctly rounded, and ours must be the same bits).
    double csum = 1.0, frac = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double x = std::fabs(values[i]) / max;
      x = x * x;
      double sum = csum + x;
      frac += (csum - sum) + x;
      csum = sum;
    }
    return max * std::sqrt(csum - 1.0 + frac);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, hi = 0.0, lo = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double x = std::fabs(values[i]) * scale;
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

}  // namespace pycxx::shims::math
