// list.insert(index, object, /): inserts before index, clamped as a slice bound
// (insert(-100, x) on a short list inserts at the front, insert(100, x) appends).
#pragma once

#include <cstdint>

#include "pycxx/containers/list.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "insert") PYCXX_POSITIONAL_ONLY
pycxx::none_t insert(const pycxx::list<T>& self, std::int64_t index, const T& object) {
  self.insert(index, object);
  return pycxx::none;
}

}  // namespace pycxx::shims::list_methods
