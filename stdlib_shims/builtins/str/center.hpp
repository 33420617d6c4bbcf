// str.center(width, fillchar=' ', /): centred (the extra fill on the right when odd, as CPython) in width characters; fillchar must be one character.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "center") PYCXX_POSITIONAL_ONLY
inline pycxx::str center(const pycxx::str& self, std::int64_t width, PYCXX_DEFAULT("' '") const pycxx::str& fillchar = " ") {
  return pycxx::center(self, width, fillchar);
}

}  // namespace pycxx::shims::str_methods
