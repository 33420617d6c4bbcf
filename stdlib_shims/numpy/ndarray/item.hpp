// numpy.ndarray.item(): the one element of a size-1 array as a Python scalar (float64 and
// float32 give float, ints int, bool bool, complex complex); numpy's ValueError "can only
// convert an array of size 1 to a Python scalar" otherwise. An array method ("numpy.ndarray").
#pragma once

#include "numpy/ndarray/detail/python_scalar.hpp"
#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array>
PYCXX_SHIM("numpy.ndarray", "item") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("item(index), item(i, j) with indices") PYCXX_TYPE("scalar")
auto item(PYCXX_TYPE("ndarray") const Array& a) {
  using T = typename Array::value_type;
  return detail::python_scalar(pycxx::ndarray<T, Array::rank>(a).item());
}

}  // namespace pycxx::shims::numpy::ndarray
