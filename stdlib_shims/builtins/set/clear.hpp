// set.clear(...): set.clear(): removes every element (every alias sees it).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "clear") PYCXX_POSITIONAL_ONLY
pycxx::none_t clear(const pycxx::set<T>& self) {
  self.clear();
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
