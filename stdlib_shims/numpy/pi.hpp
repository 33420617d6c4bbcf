// numpy.pi: pi, a Python float (the same double as math.pi).
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM_CONSTANT("numpy", "pi") inline constexpr double pi = 3.141592653589793;

}  // namespace pycxx::shims::numpy
