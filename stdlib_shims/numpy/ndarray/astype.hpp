// numpy.ndarray.astype(dtype, copy=True): a's values cast to dtype ('unsafe' casting, as
// numpy's default: floats to ints truncate, ints wrap) in a new array of a's shape, keeping
// a's memory order (order='K'). copy=False returns a itself when the dtype is already a's.
// An array method: module "numpy.ndarray", the array is the first parameter `a`.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

template <class Array, class T>
PYCXX_SHIM("numpy.ndarray", "astype") PYCXX_RULE(CreationLike) PYCXX_DTYPE_RULE(LikeOrDtypeArg)
PYCXX_UNSUPPORTED("order=, casting=, subok=") PYCXX_TYPE("ndarray")
auto astype(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("dtype") dtype_arg<T> dtype, bool copy = true) {
  (void)dtype;
  using Result = pycxx::ndarray<T, Array::rank>;
  if constexpr (std::is_same_v<Array, Result>) {
    if (!copy) return a;  // numpy: the same array when no cast is needed
    return pycxx::copy(a);
  } else {
    (void)copy;
    return Result(a);  // one pass: read, convert, write (pycxx/array/assign.hpp)
  }
}

}  // namespace pycxx::shims::numpy::ndarray
