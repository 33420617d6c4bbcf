// builtins.all(iterable, /): True when every item is true (Python truthiness), stopping at
// the first false item; True for an empty iterable.
#pragma once

#include "builtins/detail/truth.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class Iterable>
PYCXX_SHIM("builtins", "all") PYCXX_POSITIONAL_ONLY
bool all(PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  for (const auto& x : iterable)
    if (!detail::truth(x)) return false;
  return true;
}

}  // namespace pycxx::shims::builtins
