// dict.copy(): a shallow copy in the same insertion order.
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "copy") PYCXX_POSITIONAL_ONLY
pycxx::dict<K, V> copy(const pycxx::dict<K, V>& self) {
  return self.copy();
}

}  // namespace pycxx::shims::dict_methods
