// str.split(sep=None, maxsplit=-1): on runs of whitespace without sep (leading and trailing
// whitespace dropped), else on each occurrence of sep; an empty sep raises ValueError.
#pragma once

#include <cstdint>

#include "pycxx/containers/str_methods.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "split")
inline pycxx::list<pycxx::str> split(PYCXX_POS_ONLY const pycxx::str& self, PYCXX_DEFAULT("None") pycxx::none_t sep = pycxx::none,
                                     std::int64_t maxsplit = -1) {
  return pycxx::split(self, maxsplit);
}

PYCXX_SHIM("builtins.str", "split")
inline pycxx::list<pycxx::str> split(PYCXX_POS_ONLY const pycxx::str& self, const pycxx::str& sep,
                                     std::int64_t maxsplit = -1) {
  return pycxx::split(self, sep, maxsplit);
}

}  // namespace pycxx::shims::str_methods
