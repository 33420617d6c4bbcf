// str.isupper(): some cased character and no lowercase or titlecase one, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isupper") PYCXX_POSITIONAL_ONLY
inline bool isupper(const pycxx::str& self) { return pycxx::isupper(self); }

}  // namespace pycxx::shims::str_methods
