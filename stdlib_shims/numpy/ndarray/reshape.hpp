// numpy.ndarray.reshape(*shape): a.reshape(2, 3), a.reshape((2, 3)), a.reshape(-1): the same
// elements in a new shape (one negative size is inferred); a view when a is C-contiguous, else
// a C-ordered copy, with numpy's ValueErrors ("cannot reshape array of size 6 into shape (4,)").
// The sizes reach C++ as one pycxx::shape_t (typing rule ArrayMethod); np.reshape(a, shape)
// is numpy/reshape.hpp. The runtime's pycxx::reshape (pycxx/array/index.hpp) does the work.
#pragma once

#include <cstddef>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array, std::size_t M>
PYCXX_SHIM("numpy.ndarray", "reshape") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("order=, copy=") PYCXX_TYPE("ndarray")
auto reshape(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("shape") pycxx::shape_t<M> shape) {
  return pycxx::reshape(pycxx::ndarray<typename Array::value_type, Array::rank>(a), shape);
}

}  // namespace pycxx::shims::numpy::ndarray
