// str.lstrip(chars=None, /): without leading whitespace, or without the leading characters in chars.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "lstrip") PYCXX_POSITIONAL_ONLY
inline pycxx::str lstrip(const pycxx::str& self, PYCXX_DEFAULT("None") pycxx::none_t chars = pycxx::none) {
  return pycxx::lstrip(self);
}

PYCXX_SHIM("builtins.str", "lstrip") PYCXX_POSITIONAL_ONLY
inline pycxx::str lstrip(const pycxx::str& self, const pycxx::str& chars) { return pycxx::lstrip(self, chars); }

}  // namespace pycxx::shims::str_methods
