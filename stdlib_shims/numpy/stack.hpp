// numpy.stack(arrays, axis=0): arrays of one shape joined along a new axis (result rank + 1),
// in a new array of their promoted dtype; numpy's ValueErrors ("need at least one array to
// stack", "all input arrays must have the same shape") and AxisError. detail/join.hpp copies.
#pragma once

#include <cstdint>
#include <vector>

#include "numpy/detail/join.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Seq>
PYCXX_SHIM("numpy", "stack") PYCXX_RULE(Stack) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("out=, dtype=, casting=; items that are not arrays (lists, scalars), a single array as arrays")
PYCXX_TYPE("ndarray")
auto stack(PYCXX_TYPE("tuple[ndarray, ...] | list[ndarray]") const Seq& arrays, std::int64_t axis = 0) {
  using R = typename detail::seq_traits<Seq>::value_type;
  std::vector<std::vector<pycxx::index_t>> shapes;  // numpy compares whole shapes first, ranks included
  detail::for_each_item(arrays, [&](std::size_t, const auto& item) {
    shapes.emplace_back(item.shape().begin(), item.shape().end());
  });
  if (shapes.empty()) detail::raise_nothing_to("stack");
  for (const auto& shape : shapes)
    if (shape != shapes[0]) pycxx::raise(pycxx::exception_kind::ValueError, "all input arrays must have the same shape");
  const std::size_t at = pycxx::normalize_axis(axis, shapes[0].size() + 1);
  return detail::join<R, detail::lift::insert>(arrays, [&](std::size_t) { return at; }, at);
}

}  // namespace pycxx::shims::numpy
