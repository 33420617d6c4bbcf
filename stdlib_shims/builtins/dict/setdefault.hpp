// dict.setdefault(key, default, /): the value of key, inserting default first when key is
// missing. setdefault(key) without a default (it would insert None) is not supported.
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "setdefault") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("setdefault(key) without a default (it inserts None)")
V setdefault(const pycxx::dict<K, V>& self, const K& key, const V& default_value) {
  return self.setdefault(key, default_value);
}

}  // namespace pycxx::shims::dict_methods
