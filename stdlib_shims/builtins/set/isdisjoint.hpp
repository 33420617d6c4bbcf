// set.isdisjoint(...): set.isdisjoint(other, /): no element in common.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "isdisjoint") PYCXX_POSITIONAL_ONLY
bool isdisjoint(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.isdisjoint(other);
}

}  // namespace pycxx::shims::set_methods
