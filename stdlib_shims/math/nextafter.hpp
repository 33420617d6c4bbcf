// math.nextafter(x, y): the next double after x towards y (never an error).
#pragma once

#include <cmath>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "nextafter") PYCXX_POSITIONAL_ONLY
inline double nextafter(double x, double y) { return std::nextafter(x, y); }

}  // namespace pycxx::shims::math
