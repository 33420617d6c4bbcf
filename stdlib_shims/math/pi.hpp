// math.pi: the ratio of a circle's circumference to its diameter, the same double as CPython's.
// Constants are `inline constexpr` variables marked PYCXX_SHIM_CONSTANT (see pycxx_shim.hpp).
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM_CONSTANT("math", "pi") inline constexpr double pi = 3.141592653589793;

}  // namespace pycxx::shims::math
