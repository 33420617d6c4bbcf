// str.islower(): some cased character and no uppercase or titlecase one, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "islower") PYCXX_POSITIONAL_ONLY
inline bool islower(const pycxx::str& self) { return pycxx::islower(self); }

}  // namespace pycxx::shims::str_methods
