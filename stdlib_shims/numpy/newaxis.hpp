// numpy.newaxis: None, which in a subscript (a[:, np.newaxis]) inserts a length-1 axis.
// Sema treats it as the None it is; the runtime's indexing (pycxx/array/index.hpp) takes pycxx::none.
#pragma once

#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM_CONSTANT("numpy", "newaxis") inline constexpr pycxx::none_t newaxis{};

}  // namespace pycxx::shims::numpy
