// numpy.asarray(a, dtype=None): an array of a's dtype is returned as it is (the same array, no
// copy, as numpy); anything else as numpy.array makes it (lists, tuples, other dtypes).
// Typing rule FromData; detail/from_data.hpp does the work.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "numpy/detail/from_data.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class A, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy", "asarray") PYCXX_RULE(FromData) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("order=, device=, copy=, like=; a number alone (a 0-d array), strings")
PYCXX_TYPE("ndarray")
auto asarray(PYCXX_TYPE("array_like") const A& a, PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  using T = typename Dtype::type;
  static_assert(!std::is_void_v<T>, "sema always passes the dtype it inferred");
  if constexpr (detail::is_array_of_v<T, A>) return a;
  else return detail::from_data<T>(a);
}

}  // namespace pycxx::shims::numpy
