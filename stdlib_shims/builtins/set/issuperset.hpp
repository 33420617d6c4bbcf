// set.issuperset(...): set.issuperset(other, /): every element of other is in self (self >= other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "issuperset") PYCXX_POSITIONAL_ONLY
bool issuperset(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.issuperset(other);
}

}  // namespace pycxx::shims::set_methods
