// math.isnan(x): the IEEE classification of x (an int argument is converted to float).
#pragma once

#include <cmath>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "isnan") PYCXX_POSITIONAL_ONLY
inline bool isnan(double x) { return std::isnan(x); }

}  // namespace pycxx::shims::math
