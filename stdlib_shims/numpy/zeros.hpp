// numpy.zeros(shape, dtype=float): a new array of zeros, C order. dtype= arrives as dtype_arg<T>{}
// and the shape as pycxx::shape_t<N> (an int is a 1-tuple), see detail/arguments.hpp.
#pragma once

#include <cstddef>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <std::size_t N, class Dtype = dtype_arg<double>>
PYCXX_SHIM("numpy", "zeros") PYCXX_RULE(Creation) PYCXX_DTYPE_RULE(FromDtypeArg)
PYCXX_UNSUPPORTED("order=, like=") PYCXX_TYPE("ndarray")
auto zeros(PYCXX_TYPE("int | tuple[int, ...]") const pycxx::shape_t<N>& shape, PYCXX_TYPE("dtype") PYCXX_DEFAULT("float") Dtype dtype = {}) {
  return pycxx::zeros<typename Dtype::type, N>(shape);
}

}  // namespace pycxx::shims::numpy
