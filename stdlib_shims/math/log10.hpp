// math.log10(x): the base-10 logarithm from the C library, with CPython's errors
// (x <= 0 and -inf are a ValueError "math domain error"; see math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "log10") PYCXX_POSITIONAL_ONLY
inline double log10(double x) {
  return detail::checked_log(x, [](double v) { return std::log10(v); });
}

}  // namespace pycxx::shims::math
