// math.degrees(x): radians to degrees, x * (180 / pi) with CPython's constant and rounding.
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "degrees") PYCXX_POSITIONAL_ONLY
inline double degrees(double x) { return x * (180.0 / 3.141592653589793); }

}  // namespace pycxx::shims::math
