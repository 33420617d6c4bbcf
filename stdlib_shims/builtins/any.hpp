// builtins.any(iterable, /): True when some item is true (Python truthiness), stopping at
// the first true item; False for an empty iterable.
#pragma once

#include "builtins/detail/truth.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class Iterable>
PYCXX_SHIM("builtins", "any") PYCXX_POSITIONAL_ONLY
bool any(PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  for (const auto& x : iterable)
    if (detail::truth(x)) return true;
  return false;
}

}  // namespace pycxx::shims::builtins
