// bisect.insort_left(a, x, lo=0, hi=None): inserts x into the sorted list a, keeping it
// sorted, before any items equal to x.
#pragma once

#include <cstdint>

#include "bisect/detail/search.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::bisect {

template <class T>
PYCXX_SHIM("bisect", "insort_left") PYCXX_UNSUPPORTED("key=, hi=None spelled out (omit hi instead)")
pycxx::none_t insort_left(const pycxx::list<T>& a, const T& x, std::int64_t lo = 0, PYCXX_DEFAULT("None") std::int64_t hi = -1) {
  a.insert(detail::search(a, x, lo, hi, false), x);
  return pycxx::none;
}

}  // namespace pycxx::shims::bisect
