// numpy.inf: positive infinity, a Python float (the same double as math.inf).
#pragma once

#include <limits>

#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM_CONSTANT("numpy", "inf") inline constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace pycxx::shims::numpy
