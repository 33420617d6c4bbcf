// str.rpartition(sep, /): the part before the last sep, sep, the part after; ('', '', s) without sep; an empty sep raises ValueError.
#pragma once

#include <tuple>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "rpartition") PYCXX_POSITIONAL_ONLY
inline std::tuple<pycxx::str, pycxx::str, pycxx::str> rpartition(const pycxx::str& self, const pycxx::str& sep) {
  return pycxx::rpartition(self, sep);
}

}  // namespace pycxx::shims::str_methods
