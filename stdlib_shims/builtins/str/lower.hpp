// str.lower(): Unicode lowercasing with CPython's tables (final sigma included), from the
// str runtime (pycxx/containers/str_methods.hpp).
#pragma once

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "lower") PYCXX_POSITIONAL_ONLY
inline pycxx::str lower(const pycxx::str& self) { return pycxx::lower(self); }

}  // namespace pycxx::shims::str_methods
