// str.splitlines(keepends=False): the lines, split at every line boundary CPython knows
// (\n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029), with their ends if keepends.
#pragma once

#include "pycxx/containers/str_layout.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

PYCXX_SHIM("builtins.str", "splitlines")
inline pycxx::list<pycxx::str> splitlines(PYCXX_POS_ONLY const pycxx::str& self, bool keepends = false) {
  return pycxx::splitlines(self, keepends);
}

}  // namespace pycxx::shims::str_methods
