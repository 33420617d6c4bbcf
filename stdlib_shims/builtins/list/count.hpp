// list.count(value, /): how many items equal value (Python's ==: 1 == 1.0, NaN never equal).
#pragma once

#include <cstdint>

#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "count") PYCXX_POSITIONAL_ONLY
std::int64_t count(const pycxx::list<T>& self, const T& value) {
  return self.count(value);
}

}  // namespace pycxx::shims::list_methods
