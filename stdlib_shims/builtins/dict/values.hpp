// dict.values(): the values in insertion order (a live view).
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "values") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[V]")
auto values(const pycxx::dict<K, V>& self) {
  return self.values();
}

}  // namespace pycxx::shims::dict_methods
