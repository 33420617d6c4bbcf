// dict.keys(): the keys in insertion order (a live view).
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "keys") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[K]")
auto keys(const pycxx::dict<K, V>& self) {
  return self.keys();
}

}  // namespace pycxx::shims::dict_methods
