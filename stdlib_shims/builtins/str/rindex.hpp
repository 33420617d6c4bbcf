// str.rindex(sub, /): the index (in characters) of the last occurrence of sub; ValueError
// "substring not found" without one.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "rindex") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("start and end")
inline std::int64_t rindex(const pycxx::str& self, const pycxx::str& sub) { return pycxx::rindex(self, sub); }

}  // namespace pycxx::shims::str_methods
