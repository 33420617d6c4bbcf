// str.count(sub, /): the number of non-overlapping occurrences of sub (len + 1 for an empty sub).
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "count") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("start and end")
inline std::int64_t count(const pycxx::str& self, const pycxx::str& sub) { return pycxx::count(self, sub); }

}  // namespace pycxx::shims::str_methods
