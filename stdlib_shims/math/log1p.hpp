// math.log1p(x): the log(1 + x) without cancellation, from the C library as CPython computes it, with CPython's
// errors: a NaN result from a non-NaN x is a ValueError "math domain error", and
// an infinite result from a finite x is a ValueError "math domain error" (math/detail/libm_checks.hpp).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "log1p") PYCXX_POSITIONAL_ONLY
inline double log1p(double x) { return detail::check_unary(std::log1p(x), x, detail::on_infinity::domain_error); }

}  // namespace pycxx::shims::math
