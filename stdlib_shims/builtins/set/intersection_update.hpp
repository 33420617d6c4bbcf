// set.intersection_update(...): set.intersection_update(other, /): keeps the elements also in other (self &= other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "intersection_update") PYCXX_POSITIONAL_ONLY
pycxx::none_t intersection_update(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  self.intersection_update(other);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
