// set.difference_update(...): set.difference_update(other, /): removes the elements of other (self -= other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "difference_update") PYCXX_POSITIONAL_ONLY
pycxx::none_t difference_update(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  self.difference_update(other);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
