// heapq.heappush(heap, item, /): appends item and restores the heap invariant, moving the
// items as CPython's heapq does (detail/sift.hpp).
#pragma once

#include "heapq/detail/sift.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class T>
PYCXX_SHIM("heapq", "heappush") PYCXX_POSITIONAL_ONLY
pycxx::none_t heappush(const pycxx::list<T>& heap, const T& item) {
  heap.append(item);
  detail::siftdown(heap, 0, heap.len() - 1);
  return pycxx::none;
}

}  // namespace pycxx::shims::heapq
