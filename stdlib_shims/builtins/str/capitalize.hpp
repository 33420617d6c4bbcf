// str.capitalize(): the first character title-cased ('ǆ' -> 'ǅ'), the rest lowered.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "capitalize") PYCXX_POSITIONAL_ONLY
inline pycxx::str capitalize(const pycxx::str& self) { return pycxx::capitalize(self); }

}  // namespace pycxx::shims::str_methods
