// math.nan: a quiet NaN, the same double as CPython's.
// Constants are `inline constexpr` variables marked PYCXX_SHIM_CONSTANT (see pycxx_shim.hpp).
#pragma once

#include <limits>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM_CONSTANT("math", "nan") inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

}  // namespace pycxx::shims::math
