// numpy.ndarray.ravel(): a's elements in C order as a 1-d array: a view of a when a is
// C-contiguous (writes through it reach a, as in numpy), else a new C-ordered copy (a[::2],
// a.T). An array method (module "numpy.ndarray"); np.ravel(a) is numpy/ravel.hpp.
#pragma once

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array>
PYCXX_SHIM("numpy.ndarray", "ravel") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("order=") PYCXX_TYPE("1-d ndarray")
auto ravel(PYCXX_TYPE("ndarray") const Array& a) {
  // An expression is evaluated first (its new array is contiguous: ravel is then a view of it).
  return pycxx::ravel(pycxx::ndarray<typename Array::value_type, Array::rank>(a));
}

}  // namespace pycxx::shims::numpy::ndarray
