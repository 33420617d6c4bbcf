// math.pow(x, y): float power with CPython's math.pow rules (unlike `**`, 0.0 ** -1 is a
// ValueError "math domain error" here, and a negative base with a fractional exponent is a
// ValueError, never a complex number): C99's special cases for NaN and infinities, the C
// library for finite operands, OverflowError "math range error" on overflow.
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "pow") PYCXX_POSITIONAL_ONLY
inline double pow(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    double r = std::pow(x, y);
    if (std::isnan(r)) detail::domain_error();
    if (std::isinf(r)) {
      if (x == 0.0) detail::domain_error();
      detail::range_error();
    }
    return r;
  }
  if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0.0) return odd_y ? x : std::fabs(x);
    if (y == 0.0) return 1.0;
    return odd_y ? std::copysign(0.0, x) : 0.0;
  }
  // y is infinite, x finite
  if (std::fabs(x) == 1.0) return 1.0;
  if (y > 0.0 && std::fabs(x) > 1.0) return y;
  if (y < 0.0 && std::fabs(x) < 1.0) return -y;
  return 0.0;
}

}  // namespace pycxx::shims::math
