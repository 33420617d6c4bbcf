// numpy.nan: a quiet NaN, a Python float (the same double as math.nan).
#pragma once

#include <limits>

#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM_CONSTANT("numpy", "nan") inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

}  // namespace pycxx::shims::numpy
