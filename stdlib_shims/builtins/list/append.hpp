// list.append(x): adds x at the end; every alias of the list sees it (reference semantics).
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "append") PYCXX_POSITIONAL_ONLY
pycxx::none_t append(const pycxx::list<T>& self, const T& object) {
  self.append(object);
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
