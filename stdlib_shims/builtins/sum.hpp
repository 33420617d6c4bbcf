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

template <class Iterable, class Start = pycxx::item_t<Iterable>>
PYCXX_SHIM("builtins", "sum") PYCXX_TYPE("T")
PYCXX_UNSUPPORTED("an empty iterable of floats gives 0.0 (CPython: the int 0); lists, tuples and bool sums (their "
                  "result is typed as the items)")
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
