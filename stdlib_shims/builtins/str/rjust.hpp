// str.rjust(width, fillchar=' ', /): right-justified in width characters; fillchar must be one character.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "rjust") PYCXX_POSITIONAL_ONLY
inline pycxx::str rjust(const pycxx::str& self, std::int64_t width, PYCXX_DEFAULT("' '") const pycxx::str& fillchar = " ") {
  return pycxx::rjust(self, width, fillchar);
}

}  // namespace pycxx::shims::str_methods
