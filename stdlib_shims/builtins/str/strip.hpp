// str.strip(chars=None, /): without leading and trailing whitespace (Unicode, as CPython), or without the characters in chars.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "strip") PYCXX_POSITIONAL_ONLY
inline pycxx::str strip(const pycxx::str& self, PYCXX_DEFAULT("None") pycxx::none_t chars = pycxx::none) {
  return pycxx::strip(self);
}

PYCXX_SHIM("builtins.str", "strip") PYCXX_POSITIONAL_ONLY
inline pycxx::str strip(const pycxx::str& self, const pycxx::str& chars) { return pycxx::strip(self, chars); }

}  // namespace pycxx::shims::str_methods
