// numpy.hstack(tup): 1-d arrays joined end to end, others along their second axis; a new array
// of their promoted dtype, numpy's ValueErrors. detail/join.hpp does the work.
#pragma once

#include "numpy/detail/join.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Seq>
PYCXX_SHIM("numpy", "hstack") PYCXX_RULE(Join) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("dtype=, casting=; items that are not arrays (lists, scalars), a single array as tup")
PYCXX_TYPE("ndarray")
auto hstack(PYCXX_TYPE("tuple[ndarray, ...] | list[ndarray]") const Seq& tup) {
  using R = typename detail::seq_traits<Seq>::value_type;
  return detail::join<R, detail::lift::keep>(tup, [](std::size_t rank) -> std::size_t { return rank == 1 ? 0 : 1; });
}

}  // namespace pycxx::shims::numpy
