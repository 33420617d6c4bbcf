// str.isspace(): non-empty and every character Unicode whitespace, as CPython.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isspace") PYCXX_POSITIONAL_ONLY
inline bool isspace(const pycxx::str& self) { return pycxx::isspace(self); }

}  // namespace pycxx::shims::str_methods
