// math.atan2(y, x): the angle of the point (x, y), in radians, from the C library (C99's
// special values for zeros and infinities, which CPython's m_atan2 reproduces).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "atan2") PYCXX_POSITIONAL_ONLY
inline double atan2(double y, double x) { return detail::check_binary(std::atan2(y, x), y, x); }

}  // namespace pycxx::shims::math
