// set.union(...): set.union(other, /): a new set of the elements of either (self | other); one other set of the same type.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "union") PYCXX_POSITIONAL_ONLY
pycxx::set<T> union_(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.union_(other);
}

}  // namespace pycxx::shims::set_methods
