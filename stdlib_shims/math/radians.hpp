// math.radians(x): degrees to radians, x * (pi / 180) with CPython's constant and rounding.
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "radians") PYCXX_POSITIONAL_ONLY
inline double radians(double x) { return x * (3.141592653589793 / 180.0); }

}  // namespace pycxx::shims::math
