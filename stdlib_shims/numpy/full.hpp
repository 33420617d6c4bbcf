// numpy.full(shape, fill_value, dtype=None): a new array filled with fill_value, C order.
// Without dtype= numpy takes fill_value's type (Python int -> int64, float -> float64,
// bool -> bool): sema passes that as dtype_arg<T>{} (detail/arguments.hpp).
#pragma once

#include <cstddef>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <std::size_t N, class Fill, class Dtype>
PYCXX_SHIM("numpy", "full") PYCXX_RULE(Creation) PYCXX_DTYPE_RULE(FromDtypeArg)
PYCXX_UNSUPPORTED("array fill values; order=, like=") PYCXX_TYPE("ndarray")
auto full(PYCXX_TYPE("int | tuple[int, ...]") const pycxx::shape_t<N>& shape, PYCXX_TYPE("int | float | bool | complex") Fill fill_value,
          PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}) {
  using T = typename Dtype::type;
  pycxx::check_weak_int<T>(fill_value);  // numpy: a Python int must fit the dtype (OverflowError)
  return pycxx::full<T, N>(shape, pycxx::convert<T>(fill_value));
}

}  // namespace pycxx::shims::numpy
