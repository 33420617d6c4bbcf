// str.find(sub, /): the index (in characters) of the first occurrence of sub, or -1.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "find") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("start and end")
inline std::int64_t find(const pycxx::str& self, const pycxx::str& sub) { return pycxx::find(self, sub); }

}  // namespace pycxx::shims::str_methods
