// math.prod(iterable, /, *, start=1): start times the items, left to right (ints with
// OverflowError beyond 64 bits, floats by plain double multiplication, as CPython).
#pragma once

#include <cstdint>
#include <type_traits>

#include "pycxx/containers/iteration.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

// Bools multiply as ints: prod([True, True]) == 1 (declared first, so sema prefers it for bool items).
template <class Iterable>
  requires std::is_same_v<pycxx::item_t<Iterable>, bool>
PYCXX_SHIM("math", "prod")
std::int64_t prod(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[bool]") const Iterable& iterable,
                  PYCXX_KW_ONLY std::int64_t start = 1) {
  std::int64_t total = start;
  for (bool x : iterable) total = x ? total : 0;
  return total;
}

template <class Iterable, class Start = pycxx::item_t<Iterable>>
  requires(!std::is_same_v<pycxx::item_t<Iterable>, bool>)
PYCXX_SHIM("math", "prod") PYCXX_TYPE("T")
PYCXX_UNSUPPORTED("an empty iterable of floats gives 1.0 (CPython: the int 1)")
Start prod(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
           PYCXX_KW_ONLY PYCXX_TYPE("T") PYCXX_DEFAULT("1") Start start = Start(1)) {
  Start total = start;
  for (const auto& x : iterable) {
    if constexpr (std::is_same_v<Start, std::int64_t>) total = pycxx::int_mul(total, static_cast<std::int64_t>(x));
    else total = total * static_cast<Start>(x);
  }
  return total;
}

}  // namespace pycxx::shims::math
