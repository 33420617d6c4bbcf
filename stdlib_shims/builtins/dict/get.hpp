// dict.get(key, default, /): the value of key, else default (no KeyError).
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "get") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("get(key) without a default (it returns V | None)")
V get(const pycxx::dict<K, V>& self, const K& key, const V& default_value) {
  return self.get(key, default_value);
}

}  // namespace pycxx::shims::dict_methods
