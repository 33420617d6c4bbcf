// str.isalnum(): every character a letter or numeric (isalpha, isdecimal, isdigit or isnumeric), and not empty, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isalnum") PYCXX_POSITIONAL_ONLY
inline bool isalnum(const pycxx::str& self) { return pycxx::isalnum(self); }

}  // namespace pycxx::shims::str_methods
