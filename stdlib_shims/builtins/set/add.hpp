// set.add(...): set.add(elem, /): inserts elem (no effect when an equal element is present).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "add") PYCXX_POSITIONAL_ONLY
pycxx::none_t add(const pycxx::set<T>& self, const T& elem) {
  self.add(elem);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
