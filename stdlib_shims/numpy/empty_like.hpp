// numpy.empty_like(a, dtype=None): a new array, uninitialised as numpy's of a's shape, C order, of a's dtype
// unless dtype= is given (dtype_arg<T>{}, see detail/arguments.hpp).
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy", "empty_like") PYCXX_RULE(CreationLike) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("order=, subok=, shape=") PYCXX_TYPE("ndarray")
auto empty_like(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  using T = std::conditional_t<std::is_void_v<typename Dtype::type>, typename Array::value_type, typename Dtype::type>;
  return pycxx::empty<T, Array::rank>(a.shape());
}

}  // namespace pycxx::shims::numpy
