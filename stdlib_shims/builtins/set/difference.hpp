// set.difference(...): set.difference(other, /): a new set of the elements not in other (self - other); one other set of the same type.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "difference") PYCXX_POSITIONAL_ONLY
pycxx::set<T> difference(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  return self.difference(other);
}

}  // namespace pycxx::shims::set_methods
