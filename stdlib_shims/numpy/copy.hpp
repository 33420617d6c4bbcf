// numpy.copy(a): a new C-order array with a's values, dtype and shape (an expression is
// evaluated into it).
#pragma once

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array>
PYCXX_SHIM("numpy", "copy") PYCXX_RULE(CreationLike) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("order=, subok=") PYCXX_TYPE("ndarray")
auto copy(PYCXX_TYPE("ndarray") const Array& a) {
  if constexpr (requires { pycxx::copy(a); }) return pycxx::copy(a);  // an ndarray: copying it only shares its buffer
  else return pycxx::ndarray<typename Array::value_type, Array::rank>(a);
}

}  // namespace pycxx::shims::numpy
