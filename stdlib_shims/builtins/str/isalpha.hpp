// str.isalpha(): every character a letter (Unicode categories L*), and not empty, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isalpha") PYCXX_POSITIONAL_ONLY
inline bool isalpha(const pycxx::str& self) { return pycxx::isalpha(self); }

}  // namespace pycxx::shims::str_methods
