// str.endswith(suffix, /): whether the str ends with suffix (a tuple of suffixes and start/end are not supported).
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "endswith") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("a tuple of suffixes, start and end")
inline bool endswith(const pycxx::str& self, const pycxx::str& suffix) { return pycxx::endswith(self, suffix); }

}  // namespace pycxx::shims::str_methods
