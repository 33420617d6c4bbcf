// math.copysign(x, y): |x| with the sign of y, including the sign of zeros and NaNs.
#pragma once

#include <cmath>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "copysign") PYCXX_POSITIONAL_ONLY
inline double copysign(double x, double y) { return std::copysign(x, y); }

}  // namespace pycxx::shims::math
