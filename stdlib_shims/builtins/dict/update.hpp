// dict.update(other, /): assigns every (key, value) of another dict of the same type, in its
// order (existing keys keep their place). Keyword arguments and iterables of pairs are not supported.
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::dict_methods {

template <class K, class V>
PYCXX_SHIM("builtins.dict", "update") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("keyword arguments, an iterable of pairs")
pycxx::none_t update(const pycxx::dict<K, V>& self, const pycxx::dict<K, V>& other) {
  self.update(other);
  return pycxx::none;
}

}  // namespace pycxx::shims::dict_methods
