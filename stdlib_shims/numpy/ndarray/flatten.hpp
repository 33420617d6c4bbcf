// numpy.ndarray.flatten(): a new 1-d array of a's elements in C order; always a copy
// (unlike ravel, writes to it never reach a). An array method (module "numpy.ndarray").
#pragma once

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array>
PYCXX_SHIM("numpy.ndarray", "flatten") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("order=") PYCXX_TYPE("1-d ndarray")
auto flatten(PYCXX_TYPE("ndarray") const Array& a) {
  using T = typename Array::value_type;
  pycxx::ndarray<T, Array::rank> c(a.shape());  // C order, so the 1-d view of it is its elements in C order
  pycxx::assign_fresh(c, a);
  return pycxx::ravel(c);
}

}  // namespace pycxx::shims::numpy::ndarray
