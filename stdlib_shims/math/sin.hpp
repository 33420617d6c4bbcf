// math.sin(x): the sine, from the C library as CPython computes it, with CPython's
// errors: a NaN result from a non-NaN x is a ValueError "math domain error", and
// an infinite result from a finite x is a ValueError "math domain error" (math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "sin") PYCXX_POSITIONAL_ONLY
inline double sin(double x) { return detail::check_unary(std::sin(x), x, detail::on_infinity::domain_error); }

}  // namespace pycxx::shims::math
