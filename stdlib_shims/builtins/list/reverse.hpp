// list.reverse(): reverses the list in place (every alias sees it).
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "reverse") PYCXX_POSITIONAL_ONLY
pycxx::none_t reverse(const pycxx::list<T>& self) {
  self.reverse();
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
