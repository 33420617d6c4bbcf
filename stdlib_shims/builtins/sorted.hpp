// builtins.sorted(iterable, /, *, key=None, reverse=False): a new list in ascending order,
// stable (equal items keep their order, also with reverse=True), comparing with Python's <
// (tuples item by item, str by code point); the key function is called once per item.
#pragma once

#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

template <class Iterable>
PYCXX_SHIM("builtins", "sorted") PYCXX_TYPE("list[T]")
auto sorted(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable, PYCXX_KW_ONLY bool reverse = false) {
  auto out = pycxx::list<pycxx::item_t<Iterable>>::from_range(iterable);
  out.sort(reverse);
  return out;
}

template <class Iterable, class Key>
PYCXX_SHIM("builtins", "sorted") PYCXX_TYPE("list[T]")
auto sorted(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
            PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key, bool reverse = false) {
  auto out = pycxx::list<pycxx::item_t<Iterable>>::from_range(iterable);
  out.sort(key, reverse);
  return out;
}

}  // namespace pycxx::shims::builtins
