// str.upper(): Unicode uppercasing with CPython's full case mapping ('ß'.upper() == 'SS').
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "upper") PYCXX_POSITIONAL_ONLY
inline pycxx::str upper(const pycxx::str& self) { return pycxx::upper(self); }

}  // namespace pycxx::shims::str_methods
