// str.partition(sep, /): the part before the first sep, sep, the part after; (s, '', '') without sep; an empty sep raises ValueError.
#pragma once

#include <tuple>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "partition") PYCXX_POSITIONAL_ONLY
inline std::tuple<pycxx::str, pycxx::str, pycxx::str> partition(const pycxx::str& self, const pycxx::str& sep) {
  return pycxx::partition(self, sep);
}

}  // namespace pycxx::shims::str_methods
