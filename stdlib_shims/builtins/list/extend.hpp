// list.extend(iterable): appends every item of iterable (a list, str, dict, set, iterator);
// a.extend(a) doubles a, as in Python. The runtime (pycxx/containers/list.hpp) does the work.
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T, class Iterable>
PYCXX_SHIM("builtins.list", "extend") PYCXX_POSITIONAL_ONLY
pycxx::none_t extend(const pycxx::list<T>& self, PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  self.extend(iterable);
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
