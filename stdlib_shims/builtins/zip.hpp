// builtins.zip(a, b[, c]): tuples of the items at the same position, stopping at the
// shortest iterable (strict= is not supported).
#pragma once

#include "pycxx/containers/iteration.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class A, class B>
PYCXX_SHIM("builtins", "zip") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[tuple[T, U]]") PYCXX_UNSUPPORTED("strict=")
auto zip(PYCXX_TYPE("Iterable[T]") const A& a, PYCXX_TYPE("Iterable[U]") const B& b) {
  return pycxx::zip_view<A, B>(a, b);
}

template <class A, class B, class C>
PYCXX_SHIM("builtins", "zip") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[tuple[T, U, V]]")
auto zip(PYCXX_TYPE("Iterable[T]") const A& a, PYCXX_TYPE("Iterable[U]") const B& b,
         PYCXX_TYPE("Iterable[V]") const C& c) {
  return pycxx::zip_view<A, B, C>(a, b, c);
}

}  // namespace pycxx::shims::builtins
