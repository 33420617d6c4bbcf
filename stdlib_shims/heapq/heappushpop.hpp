// heapq.heappushpop(heap, item, /): pushes item then pops the smallest, in one step: item
// itself comes back when the heap is empty or item is not greater than the smallest.
#pragma once

#include "heapq/detail/sift.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class T>
PYCXX_SHIM("heapq", "heappushpop") PYCXX_POSITIONAL_ONLY
T heappushpop(const pycxx::list<T>& heap, const T& item) {
  if (heap.len() == 0 || !pycxx::item_lt(heap[0], item)) return item;
  T smallest = heap[0];
  heap.set(0, item);
  detail::siftup(heap, 0);
  return smallest;
}

}  // namespace pycxx::shims::heapq
