// numpy.maximum.accumulate(array, axis=0, dtype=None): the running maximum along an axis (NaN
// propagates, as numpy's). A ufunc method: module "numpy.maximum", namespace ufunc_maximum
// (numpy::maximum is the ufunc itself). The runtime's pycxx::maximum_accumulate (pycxx/array/scan.hpp).
#pragma once

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ufunc_maximum {

template <class Array, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy.maximum", "accumulate") PYCXX_RULE(Scan) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("axis=None; out=") PYCXX_TYPE("ndarray")
auto accumulate(PYCXX_TYPE("ndarray") const Array& array, PYCXX_TYPE("int") pycxx::index_t axis = 0,
                PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  return pycxx::maximum_accumulate<typename Dtype::type>(array, axis);
}

}  // namespace pycxx::shims::numpy::ufunc_maximum
