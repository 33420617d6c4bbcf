// dict.items(): the (key, value) pairs as tuples, in insertion order (a live view).
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/iteration.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "items") PYCXX_POSITIONAL_ONLY PYCXX_TYPE("Iterator[tuple[K, V]]")
auto items(const pycxx::dict<K, V>& self) {
  return pycxx::items_view<pycxx::dict<K, V>>(self);
}

}  // namespace pycxx::shims::dict_methods
