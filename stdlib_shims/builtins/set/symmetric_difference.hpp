// set.symmetric_difference(...): set.symmetric_difference(other, /): the elements in exactly one of the two (self ^ other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "symmetric_difference") PYCXX_POSITIONAL_ONLY
pycxx::set<T> symmetric_difference(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.symmetric_difference(other);
}

}  // namespace pycxx::shims::set_methods
