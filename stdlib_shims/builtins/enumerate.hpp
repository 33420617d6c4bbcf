// builtins.enumerate(iterable, start=0): (index, item) tuples, counting from start.
#pragma once

#include <cstdint>

#include "pycxx/containers/iteration.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class Iterable>
PYCXX_SHIM("builtins", "enumerate") PYCXX_TYPE("Iterator[tuple[int, T]]")
auto enumerate(PYCXX_TYPE("Iterable[T]") const Iterable& iterable, std::int64_t start = 0) {
  return pycxx::enumerate_view<Iterable>(iterable, start);
}

}  // namespace pycxx::shims::builtins
