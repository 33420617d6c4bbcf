// math.gamma(x): the Gamma function computed as CPython does (math/detail/lanczos.hpp),
// so the bits match: exact factorials for integers up to 23, 1/x near zero, the Lanczos
// sum with the reflection formula for negative x. 0, negative integers and -inf are a
// ValueError "math domain error"; overflow is an OverflowError "math range error".
#pragma once

#include <cmath>

#include "math/detail/lanczos.hpp"
#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "gamma") PYCXX_POSITIONAL_ONLY
inline double gamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    detail::domain_error();
  }
  if (x == 0.0) detail::domain_error();
  if (x == std::floor(x)) {
    if (x < 0.0) detail::domain_error();
    if (x <= 23.0) {  // (x-1)! is exact in a double up to 22!
      double f = 1.0;
      for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) detail::range_error();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / detail::sin_pi(x);
    detail::range_error();
  }
  double y = absx + detail::lanczos_g_minus_half;
  // z: the rounding error of y, as a correction (the order of the subtractions keeps it exact)
  double z = absx > detail::lanczos_g_minus_half ? (y - absx) - detail::lanczos_g_minus_half
                                                 : (y - detail::lanczos_g_minus_half) - absx;
  z = z * detail::lanczos_g / y;
  double r;
  if (x < 0.0) {
    r = -detail::pi_ / detail::sin_pi(absx) / absx * std::exp(y) / detail::lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = detail::lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) detail::range_error();
  return r;
}

}  // namespace pycxx::shims::math
