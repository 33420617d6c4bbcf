// set.remove(...): set.remove(elem, /): removes elem; KeyError(elem) when it is not present.
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "remove") PYCXX_POSITIONAL_ONLY
pycxx::none_t remove(const pycxx::set<T>& self, const T& elem) {
  self.remove(elem);
  return pycxx::none;
}

}  // namespace pycxx::shims::set_methods
