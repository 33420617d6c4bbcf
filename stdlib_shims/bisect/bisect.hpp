// bisect.bisect(a, x, lo=0, hi=None): the same as bisect_right: where x would be inserted in the sorted list a to
// keep it sorted, after any items equal to x (CPython's _bisect, detail/search.hpp).
#pragma once

#include <cstdint>

#include "bisect/detail/search.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::bisect {

template <class T>
PYCXX_SHIM("bisect", "bisect") PYCXX_UNSUPPORTED("key=, hi=None spelled out (omit hi instead)")
std::int64_t bisect(const pycxx::list<T>& a, const T& x, std::int64_t lo = 0,
                      PYCXX_DEFAULT("None") std::int64_t hi = -1) {
  return detail::search(a, x, lo, hi, true);
}

}  // namespace pycxx::shims::bisect
