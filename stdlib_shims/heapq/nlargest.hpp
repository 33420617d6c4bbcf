// heapq.nlargest(n, iterable, key=None): the n largest items, as documented by CPython:
// sorted(iterable, key=key, reverse=True)[:n] (stable among equal items, key called once per item).
#pragma once

#include <cstdint>

#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::heapq {

template <class Iterable>
PYCXX_SHIM("heapq", "nlargest") PYCXX_TYPE("list[T]")
auto nlargest(std::int64_t n, PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  auto out = pycxx::list<pycxx::item_t<Iterable>>::from_range(iterable);
  out.sort(true);
  if (n < out.len()) out.del_slice(pycxx::slice{n < 0 ? 0 : n, pycxx::slice_none, pycxx::slice_none});
  return out;
}

template <class Iterable, class Key>
PYCXX_SHIM("heapq", "nlargest") PYCXX_TYPE("list[T]")
auto nlargest(std::int64_t n, PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
              PYCXX_TYPE("Callable[[T], K]") const Key& key) {
  auto out = pycxx::list<pycxx::item_t<Iterable>>::from_range(iterable);
  out.sort(key, true);
  if (n < out.len()) out.del_slice(pycxx::slice{n < 0 ? 0 : n, pycxx::slice_none, pycxx::slice_none});
  return out;
}

}  // namespace pycxx::shims::heapq
