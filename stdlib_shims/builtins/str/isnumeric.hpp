// str.isnumeric(): every character numeric (any Numeric_Type: '½', '五' too), and not empty, with CPython's Unicode tables.
#pragma once

#include "pycxx/containers/str_case.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "isnumeric") PYCXX_POSITIONAL_ONLY
inline bool isnumeric(const pycxx::str& self) { return pycxx::isnumeric(self); }

}  // namespace pycxx::shims::str_methods
