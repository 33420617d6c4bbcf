// numpy.multiply.reduce(array, axis=0, dtype=None, keepdims=False): the product along an axis (as numpy.prod); unlike numpy.prod, axis
// defaults to 0 and None reduces everything. A ufunc method: module "numpy.multiply", namespace
// ufunc_multiply; the runtime's reductions (pycxx/array/reduce.hpp) through detail/arguments.hpp.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ufunc_multiply {

template <class Array, class Axis = pycxx::index_t, class Dtype = dtype_arg<void>, class Keepdims = std::false_type>
PYCXX_SHIM("numpy.multiply", "reduce") PYCXX_RULE(Reduction) PYCXX_DTYPE_RULE(SumType)
PYCXX_UNSUPPORTED("out=, initial=, where=; keepdims given by position") PYCXX_TYPE("ndarray | scalar")
auto reduce(PYCXX_TYPE("ndarray") const Array& array, PYCXX_TYPE("int | tuple[int, ...] | None") PYCXX_DEFAULT("0") Axis axis = 0, PYCXX_TYPE("dtype | None") PYCXX_DEFAULT("None") Dtype dtype = {},
            PYCXX_KW_ONLY PYCXX_TYPE("bool") PYCXX_DEFAULT("False") Keepdims keepdims = {}) {
  return detail::reduce([](const auto& e, const auto&... rest) { return pycxx::prod<typename Dtype::type>(e, rest...); }, array, axis, keepdims);
}

}  // namespace pycxx::shims::numpy::ufunc_multiply
