// str.ljust(width, fillchar=' ', /): left-justified in width characters; fillchar must be one character.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "ljust") PYCXX_POSITIONAL_ONLY
inline pycxx::str ljust(const pycxx::str& self, std::int64_t width, PYCXX_DEFAULT("' '") const pycxx::str& fillchar = " ") {
  return pycxx::ljust(self, width, fillchar);
}

}  // namespace pycxx::shims::str_methods
