// set.discard(...): set.discard(elem, /): removes elem if present (no error when it is not).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "discard") PYCXX_POSITIONAL_ONLY
pycxx::none_t discard(const pycxx::set<T>& self, const T& elem) {
  self.discard(elem);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
