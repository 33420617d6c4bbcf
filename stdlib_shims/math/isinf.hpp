// math.isinf(x): the IEEE classification of x (an int argument is converted to float).
#pragma once

#include <cmath>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "isinf") PYCXX_POSITIONAL_ONLY
inline bool isinf(double x) { return std::isinf(x); }

}  // namespace pycxx::shims::math
