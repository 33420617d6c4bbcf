// numpy.concatenate(seq, axis=0): the arrays of a tuple or list joined along an existing axis
// (axis=None: all flattened), in a new array of their promoted dtype; numpy's ValueErrors for
// an empty seq, mismatched ranks or sizes, its AxisError. detail/join.hpp does the work.
#pragma once

#include <type_traits>

#include "numpy/detail/join.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Seq, class Axis = std::int64_t>
PYCXX_SHIM("numpy", "concatenate") PYCXX_RULE(Join) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("out=, dtype=, casting=; items that are not arrays (lists, scalars), a single array as seq")
PYCXX_TYPE("ndarray")
auto concatenate(PYCXX_TYPE("tuple[ndarray, ...] | list[ndarray]") const Seq& seq,
                 PYCXX_TYPE("int | None") PYCXX_DEFAULT("0") Axis axis = 0) {
  using R = typename detail::seq_traits<Seq>::value_type;
  if constexpr (std::is_same_v<Axis, pycxx::none_t>) {
    return detail::join_flat<R>(seq);
  } else {
    return detail::join<R, detail::lift::keep>(seq, [&](std::size_t rank) {
      if (rank == 0) pycxx::raise(pycxx::exception_kind::ValueError, "zero-dimensional arrays cannot be concatenated");
      return pycxx::normalize_axis(axis, rank);
    });
  }
}

}  // namespace pycxx::shims::numpy
