// numpy.std(a, axis=None, dtype=None, *, ddof=0, keepdims=False): the standard deviation, sqrt(var(x)),
// two fused passes as numpy computes it. Over all elements a scalar, over axes an array.
// The runtime's pycxx::stddev (pycxx/array/reduce.hpp); detail/arguments.hpp maps the arguments.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, class Axis = pycxx::none_t, class Dtype = dtype_arg<void>, class Keepdims = std::false_type>
PYCXX_SHIM("numpy", "std") PYCXX_RULE(Reduction) PYCXX_DTYPE_RULE(MeanType)
PYCXX_UNSUPPORTED("out=, where=, mean=, correction=; ddof and keepdims given by position") PYCXX_TYPE("ndarray | scalar")
auto std(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("int | tuple[int, ...] | None") PYCXX_DEFAULT("None") Axis axis = {},
         PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {}, PYCXX_KW_ONLY double ddof = 0,
         PYCXX_TYPE("bool") PYCXX_DEFAULT("False") Keepdims keepdims = {}) {
  return detail::reduce(
      [ddof](const auto& e, const auto&... rest) { return pycxx::stddev<typename Dtype::type>(e, ddof, rest...); }, a, axis,
      keepdims);
}

}  // namespace pycxx::shims::numpy
