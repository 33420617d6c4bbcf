// set.pop(): removes and returns an element; KeyError 'pop from an empty set'. Which element
// differs from CPython: pycxx's sets keep insertion order and pop the oldest element, CPython
// pops the first of its hash table (docs/containers.md).
#pragma once

#include "pycxx/containers/set.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::set_methods {

template <class T>
PYCXX_SHIM("builtins.set", "pop") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("CPython's choice of element (pycxx pops the oldest; CPython the first in its hash table)")
T pop(const pycxx::set<T>& self) {
  return self.pop();
}

}  // namespace pycxx::shims::set_methods
