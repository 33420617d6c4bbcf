// bisect.insort(a, x, lo=0, hi=None): the same as insort_right: inserts x into the sorted list a,
// keeping it sorted, after any items equal to x.
#pragma once

#include <cstdint>

#include "bisect/detail/search.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::bisect {

template <class T>
PYCXX_SHIM("bisect", "insort") PYCXX_UNSUPPORTED("key=, hi=None spelled out (omit hi instead)")
pycxx::none_t insort(const pycxx::list<T>& a, const T& x, std::int64_t lo = 0, PYCXX_DEFAULT("None") std::int64_t hi = -1) {
  a.insert(detail::search(a, x, lo, hi, true), x);
  return pycxx::none;
}

}  // namespace pycxx::shims::bisect
