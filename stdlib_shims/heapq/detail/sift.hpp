// The two sift loops of CPython's heapq (Lib/heapq.py _siftdown/_siftup, the same steps as
// Modules/_heapqmodule.c), so that a heap list holds its items in exactly CPython's order.
// Only Python's < between items is used (pycxx::item_lt). Neighbours: ../heappush.hpp ...
#pragma once

#include <cstddef>
#include <utility>

#include "pycxx/containers/compare.hpp"
#include "pycxx/containers/list.hpp"

namespace pycxx::shims::heapq::detail {

// Moves the item at pos up towards startpos while it is smaller than its parent.
template <class T>
void siftdown(const pycxx::list<T>& heap, std::int64_t startpos, std::int64_t pos) {
  T newitem = heap[pos];
  while (pos > startpos) {
    std::int64_t parentpos = (pos - 1) >> 1;
    if (!pycxx::item_lt(newitem, heap[parentpos])) break;
    heap.set(pos, heap[parentpos]);
    pos = parentpos;
  }
  heap.set(pos, newitem);
}

// Moves the smaller child up until a leaf is reached, puts the item there, then sifts it
// down (fewer comparisons than stopping early; the order it leaves is CPython's).
template <class T>
void siftup(const pycxx::list<T>& heap, std::int64_t pos) {
  const std::int64_t endpos = heap.len();
  const std::int64_t startpos = pos;
  T newitem = heap[pos];
  std::int64_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    std::int64_t rightpos = childpos + 1;
    if (rightpos < endpos && !pycxx::item_lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap.set(pos, heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap.set(pos, newitem);
  siftdown(heap, startpos, pos);
}

}  // namespace pycxx::shims::heapq::detail
