// math.e: Euler's number, the same double as CPython's.
// Constants are `inline constexpr` variables marked PYCXX_SHIM_CONSTANT (see pycxx_shim.hpp).
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM_CONSTANT("math", "e") inline constexpr double e = 2.718281828459045;

}  // namespace pycxx::shims::math
