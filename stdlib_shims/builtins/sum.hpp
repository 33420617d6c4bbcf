// builtins.sum(iterable, /, start=0): start plus the items, added left to right as CPython
// 3.11 does (ints with OverflowError beyond 64 bits, floats by plain double addition, so
// the bits match). The result has the type of the items (or of start, if wider).
#pragma once

#include <cstdint>
#include <type_traits>

#include "pycxx/containers/iteration.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

// Bools add up as ints: sum([True, True]) == 2 (declared first, so sema prefers it for bool items).
template <class Iterable>
  requires std::is_same_v<pycxx::item_t<Iterable>, bool>
PYCXX_SHIM("builtins", "sum")
std::int64_t sum(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[bool]") const Iterable& iterable, std::int64_t start = 0) {
  std::int64_t total = start;
  for (bool x : iterable) total = pycxx::int_add(total, x ? 1 : 0);
  return total;
}

template <class Iterable, class Start = pycxx::item_t<Iterable>>
  requires(!std::is_same_v<pycxx::item_t<Iterable>, bool>)
PYCXX_SHIM("builtins", "sum") PYCXX_TYPE("T")
PYCXX_UNSUPPORTED("an empty iterable of floats gives 0.0 (CPython: the int 0); sums of lists or tuples")
Start sum(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
          PYCXX_TYPE("T") PYCXX_DEFAULT("0") Start start = Start(0)) {
  Start total = start;
  for (const auto& x : iterable) {
    if constexpr (std::is_same_v<Start, std::int64_t>) total = pycxx::int_add(total, static_cast<std::int64_t>(x));
    else total = total + static_cast<Start>(x);
  }
  return total;
}

}  // namespace pycxx::shims::builtins
