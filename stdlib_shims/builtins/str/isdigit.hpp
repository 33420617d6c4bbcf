// str.isdigit(): every character a digit (Numeric_Type Digit or Decimal: '²' too), and not empty, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isdigit") PYCXX_POSITIONAL_ONLY
inline bool isdigit(const pycxx::str& self) { return pycxx::isdigit(self); }

}  // namespace pycxx::shims::str_methods
