// math.ldexp(x, i): x * 2**i, exact unless it overflows (OverflowError "math range
// error") or underflows (to a signed zero, as CPython). Zeros, infinities and NaN pass through.
#pragma once

#include <climits>
#include <cmath>
#include <cstdint>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "ldexp") PYCXX_POSITIONAL_ONLY
inline double ldexp(double x, std::int64_t i) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  if (i > INT_MAX) detail::range_error();
  if (i < INT_MIN) return std::copysign(0.0, x);
  double r = std::ldexp(x, static_cast<int>(i));
  if (std::isinf(r)) detail::range_error();
  return r;
}

}  // namespace pycxx::shims::math
