// dict.clear(): removes every entry (every alias sees the empty dict).
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "clear") PYCXX_POSITIONAL_ONLY
pycxx::none_t clear(const pycxx::dict<K, V>& self) {
  self.clear();
  return pycxx::none;
}

}  // namespace pycxx::shims::dict_methods
