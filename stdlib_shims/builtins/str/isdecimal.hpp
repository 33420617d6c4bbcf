// str.isdecimal(): every character a decimal digit (Unicode category Nd), and not empty, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isdecimal") PYCXX_POSITIONAL_ONLY
inline bool isdecimal(const pycxx::str& self) { return pycxx::isdecimal(self); }

}  // namespace pycxx::shims::str_methods
