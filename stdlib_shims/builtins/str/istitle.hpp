// str.istitle(): titlecased: uppercase characters only after uncased ones, lowercase only after cased ones, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "istitle") PYCXX_POSITIONAL_ONLY
inline bool istitle(const pycxx::str& self) { return pycxx::istitle(self); }

}  // namespace pycxx::shims::str_methods
