// builtins.reversed(sequence, /): the items of a list or str from the last to the first, as
// an iterator over the same object (a list grown meanwhile is not seen, as in CPython's
// reversed, which starts at the length it saw).
#pragma once

#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class T>
PYCXX_SHIM("builtins", "reversed") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[T]")
auto reversed(const pycxx::list<T>& sequence) {
  return pycxx::reversed_view<pycxx::list<T>>(sequence);
}

PYCXX_SHIM("builtins", "reversed") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[str]")
inline auto reversed(const pycxx::str& sequence) {
  return pycxx::reversed_view<pycxx::str>(sequence);
}

}  // namespace pycxx::shims::builtins
