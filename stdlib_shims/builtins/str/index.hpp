// str.index(sub, /): as find, but ValueError 'substring not found' when sub does not occur.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "index") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("start and end")
inline std::int64_t index(const pycxx::str& self, const pycxx::str& sub) { return pycxx::index(self, sub); }

}  // namespace pycxx::shims::str_methods
