// numpy.cumprod(a, axis=None, dtype=None): the running products; over the flattened array (C order)
// without an axis, along one axis otherwise. Small integers accumulate in int64 as numpy's.
// The runtime's pycxx::cumprod (pycxx/array/scan.hpp) does the work.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, class Axis = pycxx::none_t, class Dtype = dtype_arg<void>>
PYCXX_SHIM("numpy", "cumprod") PYCXX_RULE(Scan) PYCXX_DTYPE_RULE(SumType)
PYCXX_UNSUPPORTED("out=") PYCXX_TYPE("ndarray")
auto cumprod(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("int | None") PYCXX_DEFAULT("None") Axis axis = {},
         PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  if constexpr (std::is_same_v<Axis, pycxx::none_t>) return pycxx::cumprod<typename Dtype::type>(a);
  else return pycxx::cumprod<typename Dtype::type>(a, axis);
}

}  // namespace pycxx::shims::numpy
