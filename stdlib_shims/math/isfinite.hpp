// math.isfinite(x): the IEEE classification of x (an int argument is converted to float).
#pragma once

#include <cmath>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "isfinite") PYCXX_POSITIONAL_ONLY
inline bool isfinite(double x) { return std::isfinite(x); }

}  // namespace pycxx::shims::math
