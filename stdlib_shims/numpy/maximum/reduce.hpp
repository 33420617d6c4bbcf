// numpy.maximum.reduce(array, axis=0, keepdims=False): the largest element along an axis (NaN propagates, as numpy.max); unlike numpy.max, axis
// defaults to 0 and None reduces everything. A ufunc method: module "numpy.maximum", namespace
// ufunc_maximum; the runtime's reductions (pycxx/array/reduce.hpp) through detail/arguments.hpp.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ufunc_maximum {

template <class Array, class Axis = pycxx::index_t, class Keepdims = std::false_type>
PYCXX_SHIM("numpy.maximum", "reduce") PYCXX_RULE(Reduction) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("out=, initial=, where=; keepdims given by position") PYCXX_TYPE("ndarray | scalar")
auto reduce(PYCXX_TYPE("ndarray") const Array& array, PYCXX_TYPE("int | tuple[int, ...] | None") PYCXX_DEFAULT("0") Axis axis = 0,
            PYCXX_KW_ONLY PYCXX_TYPE("bool") PYCXX_DEFAULT("False") Keepdims keepdims = {}) {
  return detail::reduce([](const auto& e, const auto&... rest) { return pycxx::max<void>(e, rest...); }, array, axis, keepdims);
}

}  // namespace pycxx::shims::numpy::ufunc_maximum
