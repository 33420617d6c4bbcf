// list.pop(index=-1, /): removes and returns the item at index (the last by default);
// IndexError "pop from empty list" / "pop index out of range" as CPython.
#pragma once

#include <cstdint>

#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::list_methods {

template <class T>
PYCXX_SHIM("builtins.list", "pop") PYCXX_POSITIONAL_ONLY
T pop(const pycxx::list<T>& self, std::int64_t index = -1) {
  return index == -1 ? self.pop() : self.pop(index);
}

}  // namespace pycxx::shims::list_methods
