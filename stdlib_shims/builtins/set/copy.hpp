// set.copy(...): set.copy(): a shallow copy.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "copy") PYCXX_POSITIONAL_ONLY
pycxx::set<T> copy(const pycxx::set<T>& self) {
  return self.copy();
}

}  // namespace pycxx::shims::set_methods
