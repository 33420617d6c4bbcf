// set.update(...): set.update(other, /): adds every element of another set of the same type (self |= other).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "update") PYCXX_POSITIONAL_ONLY
pycxx::none_t update(const pycxx::set<T>& self, const pycxx::set<T>& other) {
  self.update(other);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
