// numpy.column_stack(tup): arrays joined along the second axis after 1-d ones become columns
// ((n,) -> (n, 1)); a new array of their promoted dtype, numpy's ValueErrors. detail/join.hpp.
#pragma once

#include "numpy/detail/join.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Seq>
PYCXX_SHIM("numpy", "column_stack") PYCXX_RULE(Join2d) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("items that are not arrays (lists, scalars), a single array as tup")
PYCXX_TYPE("ndarray")
auto column_stack(PYCXX_TYPE("tuple[ndarray, ...] | list[ndarray]") const Seq& tup) {
  using R = typename detail::seq_traits<Seq>::value_type;
  return detail::join<R, detail::lift::column>(tup, [](std::size_t) { return std::size_t{1}; });
}

}  // namespace pycxx::shims::numpy
