// str.swapcase(): uppercase characters lowered and lowercase ones uppered ('ß' -> 'SS').
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "swapcase") PYCXX_POSITIONAL_ONLY
inline pycxx::str swapcase(const pycxx::str& self) { return pycxx::swapcase(self); }

}  // namespace pycxx::shims::str_methods
