// builtins.ord(c, /): the code point of a one-character str; TypeError
// "ord() expected a character, but string of length N found" otherwise, as CPython.
#pragma once

#include <cstdint>
#include <string>

#include "pycxx/containers/str.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "ord") PYCXX_POSITIONAL_ONLY
inline std::int64_t ord(const pycxx::str& c) {
  std::int64_t n = c.len();
  if (n != 1)
    pycxx::raise(pycxx::exception_kind::TypeError,
                 "ord() expected a character, but string of length " + std::to_string(n) + " found");
  return static_cast<std::int64_t>(c.code_point(0));
}

}  // namespace pycxx::shims::builtins
