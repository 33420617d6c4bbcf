// numpy.all(a, axis=None, ...): whether every element is true. Over all elements it is a scalar; over
// an axis or a tuple of axes an array (those axes kept as length 1 with keepdims=True).
// The runtime's `all` (pycxx/array/reduce.hpp) does the work; detail/arguments.hpp maps the arguments.
#pragma once

#include <type_traits>

#include "numpy/detail/arguments.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Array, class Axis = pycxx::none_t, class Keepdims = std::false_type>
PYCXX_SHIM("numpy", "all") PYCXX_RULE(Reduction) PYCXX_DTYPE_RULE(Bool)
PYCXX_UNSUPPORTED("out=, where=; keepdims given by position") PYCXX_TYPE("ndarray | scalar")
auto all(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("int | tuple[int, ...] | None") PYCXX_DEFAULT("None") Axis axis = {}, PYCXX_KW_ONLY PYCXX_TYPE("bool") PYCXX_DEFAULT("False") Keepdims keepdims = {}) {
  return detail::reduce([](const auto& e, const auto&... rest) { return pycxx::all<void>(e, rest...); }, a, axis,
                        keepdims);
}

}  // namespace pycxx::shims::numpy
