// numpy.e: Euler's number, a Python float (the same double as math.e).
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM_CONSTANT("numpy", "e") inline constexpr double e = 2.718281828459045;

}  // namespace pycxx::shims::numpy
