// set.intersection(...): set.intersection(other, /): a new set of the elements of both (self & other); one other set of the same type.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "intersection") PYCXX_POSITIONAL_ONLY
pycxx::set<T> intersection(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.intersection(other);
}

}  // namespace pycxx::shims::set_methods
