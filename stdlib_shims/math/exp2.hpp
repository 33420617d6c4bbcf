// math.exp2(x): the power of two, 2 ** x, from the C library as CPython computes it, with CPython's
// errors: a NaN result from a non-NaN x is a ValueError "math domain error", and
// an infinite result from a finite x is an OverflowError "math range error" (math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "exp2") PYCXX_POSITIONAL_ONLY
inline double exp2(double x) { return detail::check_unary(std::exp2(x), x, detail::on_infinity::range_error); }

}  // namespace pycxx::shims::math
