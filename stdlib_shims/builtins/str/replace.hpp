// str.replace(old, new, count=-1, /): every (or the first count) occurrence of old replaced by new; an empty old inserts new between every character, as CPython.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "replace") PYCXX_POSITIONAL_ONLY
inline pycxx::str replace(const pycxx::str& self, const pycxx::str& old, const pycxx::str& new_, std::int64_t count = -1) {
  return pycxx::replace(self, old, new_, count);
}

}  // namespace pycxx::shims::str_methods
