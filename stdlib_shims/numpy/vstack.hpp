// numpy.vstack(tup): arrays joined along the first axis after 1-d ones become rows ((n,) ->
// (1, n)); a new array of their promoted dtype, numpy's ValueErrors. detail/join.hpp does it.
#pragma once

#include "numpy/detail/join.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Seq>
PYCXX_SHIM("numpy", "vstack") PYCXX_RULE(Join2d) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("dtype=, casting=; items that are not arrays (lists, scalars), a single array as tup")
PYCXX_TYPE("ndarray")
auto vstack(PYCXX_TYPE("tuple[ndarray, ...] | list[ndarray]") const Seq& tup) {
  using R = typename detail::seq_traits<Seq>::value_type;
  return detail::join<R, detail::lift::row>(tup, [](std::size_t) { return std::size_t{0}; });
}

}  // namespace pycxx::shims::numpy
