// math.remainder(x, y): the IEEE 754 remainder, x - n*y with n the integer nearest x/y
// (ties to even); exact, so the C library's answer is CPython's. remainder(inf, y) and
// remainder(x, 0) are a ValueError "math domain error".
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "remainder") PYCXX_POSITIONAL_ONLY
inline double remainder(double x, double y) { return detail::check_binary(std::remainder(x, y), x, y); }

}  // namespace pycxx::shims::math
