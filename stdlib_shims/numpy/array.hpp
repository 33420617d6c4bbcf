// numpy.array(object, dtype=None): a new array from numbers, lists and tuples of them (nested:
// the depth is the rank), an array (a copy), or a list or tuple of arrays (stacked); dtype=
// converts as numpy does. Typing rule FromData; detail/from_data.hpp does the work.
#pragma once

#include "numpy/detail/arguments.hpp"
#include "numpy/detail/from_data.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Object, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy", "array") PYCXX_RULE(FromData) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("copy=, order=, subok=, ndmin=, like=; a number alone (a 0-d array), strings")
PYCXX_TYPE("ndarray")
auto array(PYCXX_TYPE("array_like") const Object& object,
           PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  static_assert(!std::is_void_v<typename Dtype::type>, "sema always passes the dtype it inferred");
  return detail::from_data<typename Dtype::type>(object);
}

}  // namespace pycxx::shims::numpy
