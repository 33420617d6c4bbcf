// math.inf: positive infinity, the same double as CPython's.
// Constants are `inline constexpr` variables marked PYCXX_SHIM_CONSTANT (see pycxx_shim.hpp).
#pragma once

#include <limits>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM_CONSTANT("math", "inf") inline constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace pycxx::shims::math
