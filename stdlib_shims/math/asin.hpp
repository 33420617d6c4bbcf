// math.asin(x): the arc sine, from the C library as CPython computes it, with CPython's
// errors: a NaN result from a non-NaN x is a ValueError "math domain error", and
// an infinite result from a finite x is a ValueError "math domain error" (math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "asin") PYCXX_POSITIONAL_ONLY
inline double asin(double x) { return detail::check_unary(std::asin(x), x, detail::on_infinity::domain_error); }

}  // namespace pycxx::shims::math
