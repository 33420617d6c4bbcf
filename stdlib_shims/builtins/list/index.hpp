// list.index(value, start=0, stop=sys.maxsize, /): the first position of an item equal to
// value within [start, stop) (clamped as slice bounds); ValueError "<repr> is not in list".
#pragma once

#include <cstdint>

#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "index") PYCXX_POSITIONAL_ONLY
std::int64_t index(const pycxx::list<T>& self, const T& value, std::int64_t start = 0,
                   PYCXX_DEFAULT("sys.maxsize") std::int64_t stop = INT64_MAX) {
  return self.index(value, start, stop);
}

}  // namespace pycxx::shims::list_methods
