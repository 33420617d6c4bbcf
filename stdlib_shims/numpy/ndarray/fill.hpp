// numpy.ndarray.fill(value): every element of a set to value, in place (views and aliases see
// it). value is converted as numpy's setitem converts a Python scalar (pycxx::store_cast,
// shared with a[i] = v and a[:] = v): a float into an int array truncates toward zero (NaN:
// ValueError, inf: OverflowError), an int outside the dtype's range is numpy's OverflowError
// "Python integer 300 out of bounds for int8", into bool its truth value. A complex into a
// real array is refused by sema (numpy: TypeError). An array method (module "numpy.ndarray").
#pragma once

#include "pycxx/array.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array, class V>
PYCXX_SHIM("numpy.ndarray", "fill") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
pycxx::none_t fill(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("scalar") V value) {
  using T = typename Array::value_type;
  // An array shares its buffer with `dst` (the caller sees the writes); an expression is
  // evaluated into a temporary that is filled, as numpy fills the temporary.
  pycxx::ndarray<T, Array::rank> dst(a);
  dst.check_writeable();  // numpy checks before converting the value
  const T v = pycxx::store_cast<T>(value);  // as a[...] = value (pycxx/array/store.hpp)
  pycxx::assign(dst, v);  // any strides
  return pycxx::none;
}

}  // namespace pycxx::shims::numpy::ndarray
