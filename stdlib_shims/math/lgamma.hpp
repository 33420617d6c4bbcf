// math.lgamma(x): log(|Gamma(x)|) computed as CPython does (math/detail/lanczos.hpp), so
// the bits match. 0 and negative integers are a ValueError "math domain error"; both
// infinities give inf; overflow is an OverflowError "math range error".
#pragma once

#include <cmath>

#include "math/detail/lanczos.hpp"
#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "lgamma") PYCXX_POSITIONAL_ONLY
inline double lgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : std::fabs(x);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) detail::domain_error();
    return 0.0;  // lgamma(1) == lgamma(2) == 0 exactly
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(detail::lanczos_sum(absx)) - detail::lanczos_g;
  r += (absx - 0.5) * (std::log(absx + detail::lanczos_g - 0.5) - 1);
  if (x < 0.0) r = detail::log_pi - std::log(std::fabs(detail::sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) detail::range_error();
  return r;
}

}  // namespace pycxx::shims::math
