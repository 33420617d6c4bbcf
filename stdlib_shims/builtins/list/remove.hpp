// list.remove(value, /): removes the first item equal to value;
// ValueError "list.remove(x): x not in list" as CPython.
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "remove") PYCXX_POSITIONAL_ONLY
pycxx::none_t remove(const pycxx::list<T>& self, const T& value) {
  self.remove(value);
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
