// math.tau: 2 * pi, the same double as CPython's.
// Constants are `inline constexpr` variables marked PYCXX_SHIM_CONSTANT (see pycxx_shim.hpp).
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM_CONSTANT("math", "tau") inline constexpr double tau = 6.283185307179586;

}  // namespace pycxx::shims::math
