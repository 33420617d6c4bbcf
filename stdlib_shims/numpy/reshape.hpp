// numpy.reshape(a, shape) (a.reshape(...) is numpy/ndarray/reshape.hpp): the same elements in a new shape (one -1 is
// inferred); a view when a is C-contiguous, else a C-ordered copy, as numpy; "cannot reshape
// array of size 6 into shape (4,)" as numpy's ValueError. The rank is the shape's length.
// The runtime's pycxx::reshape (pycxx/array/index.hpp) does the work.
#pragma once

#include <cstddef>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, std::size_t M>
PYCXX_SHIM("numpy", "reshape") PYCXX_RULE(CreationLike) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("order=, copy=") PYCXX_TYPE("ndarray")
auto reshape(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("int | tuple[int, ...]") pycxx::shape_t<M> shape) {
  return pycxx::reshape(pycxx::ndarray<typename Array::value_type, Array::rank>(a), shape);
}

}  // namespace pycxx::shims::numpy
