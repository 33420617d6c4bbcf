// heapq.nlargest(n, iterable, key=None): the n largest items, as documented by CPython:
// sorted(iterable, key=key, reverse=True)[:n] (stable among equal items, key called once per item).
// The body is detail/first_n.hpp's, shared with nsmallest.hpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "heapq/detail/first_n.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class Iterable>
PYCXX_SHIM("heapq", "nlargest") PYCXX_TYPE("list[T]")
auto nlargest(std::int64_t n, PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  return detail::first_n_sorted(n, iterable, nullptr, /*reverse=*/true);
}

template <class Iterable, class Key>
PYCXX_SHIM("heapq", "nlargest") PYCXX_TYPE("list[T]")
auto nlargest(std::int64_t n, PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
              PYCXX_TYPE("Callable[[T], K]") const Key& key) {
  return detail::first_n_sorted(n, iterable, key, /*reverse=*/true);
}

}  // namespace pycxx::shims::heapq
