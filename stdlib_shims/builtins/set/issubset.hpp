// set.issubset(...): set.issubset(other, /): every element is in other (self <= other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "issubset") PYCXX_POSITIONAL_ONLY
bool issubset(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.issubset(other);
}

}  // namespace pycxx::shims::set_methods
