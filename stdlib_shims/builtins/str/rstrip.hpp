// str.rstrip(chars=None, /): without trailing whitespace, or without the trailing characters in chars.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "rstrip") PYCXX_POSITIONAL_ONLY
inline pycxx::str rstrip(const pycxx::str& self, PYCXX_DEFAULT("None") pycxx::none_t chars = pycxx::none) {
  return pycxx::rstrip(self);
}

PYCXX_SHIM("builtins.str", "rstrip") PYCXX_POSITIONAL_ONLY
inline pycxx::str rstrip(const pycxx::str& self, const pycxx::str& chars) { return pycxx::rstrip(self, chars); }

}  // namespace pycxx::shims::str_methods
