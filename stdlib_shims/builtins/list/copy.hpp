// list.copy(): a shallow copy (new storage; the items themselves are shared as in Python
// only for nested containers, which have reference semantics).
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "copy") PYCXX_POSITIONAL_ONLY
pycxx::list<T> copy(const pycxx::list<T>& self) {
  return self.copy();
}

}  // namespace pycxx::shims::list_methods
