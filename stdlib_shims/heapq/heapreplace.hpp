// heapq.heapreplace(heap, item, /): pops the smallest item, then pushes item (the heap
// never shrinks); IndexError "index out of range" on an empty heap.
#pragma once

#include "heapq/detail/sift.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class T>
PYCXX_SHIM("heapq", "heapreplace") PYCXX_POSITIONAL_ONLY
T heapreplace(const pycxx::list<T>& heap, const T& item) {
  if (heap.len() == 0) pycxx::raise(pycxx::exception_kind::IndexError, "index out of range");
  T smallest = heap[0];
  heap.set(0, item);
  detail::siftup(heap, 0);
  return smallest;
}

}  // namespace pycxx::shims::heapq
