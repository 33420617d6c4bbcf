// str.startswith(prefix, /): whether the str begins with prefix (a tuple of prefixes and start/end are not supported).
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "startswith") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("a tuple of prefixes, start and end")
inline bool startswith(const pycxx::str& self, const pycxx::str& prefix) { return pycxx::startswith(self, prefix); }

}  // namespace pycxx::shims::str_methods
