// dict.pop(key[, default], /): removes key and returns its value; without a default a
// missing key raises KeyError(key), with one the default is returned.
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "pop") PYCXX_POSITIONAL_ONLY
V pop(const pycxx::dict<K, V>& self, const K& key) {
  return self.pop(key);
}

template <class K, class V>
PYCXX_SHIM("builtins.dict", "pop") PYCXX_POSITIONAL_ONLY
V pop(const pycxx::dict<K, V>& self, const K& key, const V& default_value) {
  return self.pop(key, default_value);
}

}  // namespace pycxx::shims::dict_methods
