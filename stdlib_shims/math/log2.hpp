// math.log2(x): the base-2 logarithm from the C library, with CPython's errors
// (x <= 0 and -inf are a ValueError "math domain error"; see math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "log2") PYCXX_POSITIONAL_ONLY
inline double log2(double x) {
  return detail::checked_log(x, [](double v) { return std::log2(v); });
}

}  // namespace pycxx::shims::math
