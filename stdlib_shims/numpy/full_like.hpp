// numpy.full_like(a, fill_value, dtype=None): a new array of a's shape filled with
// fill_value (converted as numpy casts), of a's dtype unless dtype= is given.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, class Fill, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy", "full_like") PYCXX_RULE(CreationLike) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("array fill values; order=, subok=, shape=") PYCXX_TYPE("ndarray")
auto full_like(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("int | float | bool | complex") Fill fill_value,
               PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  using T = std::conditional_t<std::is_void_v<typename Dtype::type>, typename Array::value_type, typename Dtype::type>;
  pycxx::check_weak_int<T>(fill_value);  // numpy: a Python int must fit the dtype (OverflowError)
  return pycxx::full<T, Array::rank>(a.shape(), pycxx::convert<T>(fill_value));
}

}  // namespace pycxx::shims::numpy
