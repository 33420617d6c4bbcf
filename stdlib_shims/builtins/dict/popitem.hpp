// dict.popitem(): removes and returns the last inserted (key, value) pair (LIFO, as CPython);
// KeyError 'popitem(): dictionary is empty' on an empty dict.
#pragma once

#include <tuple>

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "popitem") PYCXX_POSITIONAL_ONLY
std::tuple<K, V> popitem(const pycxx::dict<K, V>& self) {
  auto [k, v] = self.popitem();
  return std::tuple<K, V>(std::move(k), std::move(v));
}

}  // namespace pycxx::shims::dict_methods
