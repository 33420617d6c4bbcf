// The binary searches of CPython's _bisect module: lo must be non-negative (ValueError
// "lo must be non-negative"), hi=None (here -1, which _bisect also reads as "len(a)") is the
// length; only Python's < between items is used. Neighbours: ../bisect_left.hpp ...
#pragma once

#include <cstdint>

#include "pycxx/containers/compare.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/errors.hpp"

namespace pycxx::shims::bisect::detail {

template <class T>
std::int64_t search(const pycxx::list<T>& a, const T& x, std::int64_t lo, std::int64_t hi, bool right) {
  if (lo < 0) pycxx::raise(pycxx::exception_kind::ValueError, "lo must be non-negative");
  if (hi == -1) hi = a.len();
  while (lo < hi) {
    // (lo + hi) / 2 cannot overflow: both are below 2**62 for any list that fits in memory.
    std::int64_t mid = lo + (hi - lo) / 2;
    const T& item = a[mid];
    if (right ? pycxx::item_lt(x, item) : !pycxx::item_lt(item, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

}  // namespace pycxx::shims::bisect::detail
