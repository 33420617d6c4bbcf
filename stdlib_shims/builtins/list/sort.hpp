// list.sort(*, key=None, reverse=False): in place, stable (equal items keep their order,
// also with reverse=True), comparing with Python's < (tuples item by item, str by code
// point, int/float exactly); key is called once per item, in order, as CPython does.
#pragma once

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "sort") PYCXX_UNSUPPORTED("the ValueError of a list modified during the sort")
pycxx::none_t sort(PYCXX_POS_ONLY const pycxx::list<T>& self, PYCXX_KW_ONLY bool reverse = false) {
  self.sort(reverse);
  return pycxx::none;
}

template <class T, class Key>
PYCXX_SHIM("builtins.list", "sort")
pycxx::none_t sort(PYCXX_POS_ONLY const pycxx::list<T>& self, PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key,
                   bool reverse = false) {
  self.sort(key, reverse);
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
