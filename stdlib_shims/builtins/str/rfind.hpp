// str.rfind(sub, /): the index (in characters) of the last occurrence of sub, or -1.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "rfind") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("start and end")
inline std::int64_t rfind(const pycxx::str& self, const pycxx::str& sub) { return pycxx::rfind(self, sub); }

}  // namespace pycxx::shims::str_methods
