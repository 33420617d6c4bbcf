// numpy.add.reduce(array, axis=0, dtype=None, keepdims=False): the sum along an axis (pairwise, as numpy.sum); unlike numpy.sum, axis
// defaults to 0 and None reduces everything. A ufunc method: module "numpy.add", namespace
// ufunc_add; the runtime's reductions (pycxx/array/reduce.hpp) through detail/arguments.hpp.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ufunc_add {

template <class Array, class Axis = pycxx::index_t, class Dtype = dtype_arg<void>, class Keepdims = std::false_type>
PYCXX_SHIM("numpy.add", "reduce") PYCXX_RULE(Reduction) PYCXX_DTYPE_RULE(SumType)
PYCXX_UNSUPPORTED("out=, initial=, where=; keepdims given by position") PYCXX_TYPE("ndarray | scalar")
auto reduce(PYCXX_TYPE("ndarray") const Array& array, PYCXX_TYPE("int | tuple[int, ...] | None") PYCXX_DEFAULT("0") Axis axis = 0, PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {},
            PYCXX_KW_ONLY PYCXX_TYPE("bool") PYCXX_DEFAULT("False") Keepdims keepdims = {}) {
  return detail::reduce([](const auto& e, const auto&... rest) { return pycxx::sum<typename Dtype::type>(e, rest...); }, array, axis, keepdims);
}

}  // namespace pycxx::shims::numpy::ufunc_add
