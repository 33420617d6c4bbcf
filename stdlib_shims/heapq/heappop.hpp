// heapq.heappop(heap, /): removes and returns the smallest item; IndexError
// "index out of range" on an empty heap, as CPython's _heapq.
#pragma once

#include "heapq/detail/sift.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class T>
PYCXX_SHIM("heapq", "heappop") PYCXX_POSITIONAL_ONLY
T heappop(const pycxx::list<T>& heap) {
  if (heap.len() == 0) pycxx::raise(pycxx::exception_kind::IndexError, "index out of range");
  T last = heap.pop();
  if (heap.len() == 0) return last;
  T smallest = heap[0];
  heap.set(0, last);
  detail::siftup(heap, 0);
  return smallest;
}

}  // namespace pycxx::shims::heapq
