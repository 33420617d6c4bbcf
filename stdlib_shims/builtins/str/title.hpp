// str.title(): each word's first cased character title-cased, the others lowered (CPython's full mappings).
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "title") PYCXX_POSITIONAL_ONLY
inline pycxx::str title(const pycxx::str& self) { return pycxx::title(self); }

}  // namespace pycxx::shims::str_methods
