// list.clear(): removes every item (every alias sees the empty list).
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "clear") PYCXX_POSITIONAL_ONLY
pycxx::none_t clear(const pycxx::list<T>& self) {
  self.clear();
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
