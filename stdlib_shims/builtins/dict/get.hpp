// dict.get(key, default, /): the value of key, else default (no KeyError); dict.get(key):
// the value, else None (a `V | None`, std::optional<V>: runtime/pycxx/scalar/optional.hpp).
#pragma once

#include <optional>

#include "pycxx/containers/dict.hpp"
#include "pycxx/scalar/optional.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "get") PYCXX_POSITIONAL_ONLY
V get(const pycxx::dict<K, V>& self, const K& key, const V& default_value) {
  return self.get(key, default_value);
}

template <class K, class V>
PYCXX_SHIM("builtins.dict", "get") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("V | None")
std::optional<V> get(const pycxx::dict<K, V>& self, const K& key) {
  return self.get(key);
}

}  // namespace pycxx::shims::dict_methods
