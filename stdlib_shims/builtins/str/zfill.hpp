// str.zfill(width, /): padded on the left with zeros to width characters, after a leading sign.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "zfill") PYCXX_POSITIONAL_ONLY
inline pycxx::str zfill(const pycxx::str& self, std::int64_t width) { return pycxx::zfill(self, width); }

}  // namespace pycxx::shims::str_methods
