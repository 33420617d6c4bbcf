// heapq.heapify(x, /): rearranges the list into a heap in place, in CPython's order
// (sifting up from the last parent to the root).
#pragma once

#include "heapq/detail/sift.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class T>
PYCXX_SHIM("heapq", "heapify") PYCXX_POSITIONAL_ONLY
pycxx::none_t heapify(const pycxx::list<T>& x) {
  for (std::int64_t i = x.len() / 2 - 1; i >= 0; --i) detail::siftup(x, i);
  return pycxx::none;
}

}  // namespace pycxx::shims::heapq
