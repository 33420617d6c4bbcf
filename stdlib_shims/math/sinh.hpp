// math.sinh(x): the hyperbolic sine, from the C library as CPython computes it, with CPython's
// errors: a NaN result from a non-NaN x is a ValueError "math domain error", and
// an infinite result from a finite x is an OverflowError "math range error" (math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "sinh") PYCXX_POSITIONAL_ONLY
inline double sinh(double x) { return detail::check_unary(std::sinh(x), x, detail::on_infinity::range_error); }

}  // namespace pycxx::shims::math
