// numpy.ravel(a): a's elements in C order as a 1-d array, a view when a is C-contiguous,
// else a copy (the same as a.ravel(): numpy/ndarray/ravel.hpp, which does the work).
#pragma once

#include "numpy/ndarray/ravel.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array>
PYCXX_SHIM("numpy", "ravel") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("order=") PYCXX_TYPE("1-d ndarray")
auto ravel(PYCXX_TYPE("ndarray") const Array& a) {
  return pycxx::shims::numpy::ndarray::ravel(a);
}

}  // namespace pycxx::shims::numpy
