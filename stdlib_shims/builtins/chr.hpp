// builtins.chr(i, /): the one-character str of code point i; ValueError
// "chr() arg not in range(0x110000)" outside [0, 0x10FFFF]. A lone surrogate (0xD800-0xDFFF)
// cannot be held by pycxx's UTF-8 str: UnicodeError there (CPython gives the str).
#pragma once

#include <cstdint>

#include "pycxx/containers/str.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "chr") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("lone surrogates (0xD800 to 0xDFFF)")
inline pycxx::str chr(std::int64_t i) {
  if (i < 0 || i > 0x10FFFF) pycxx::raise(pycxx::exception_kind::ValueError, "chr() arg not in range(0x110000)");
  if (i >= 0xD800 && i <= 0xDFFF)
    pycxx::raise(pycxx::exception_kind::UnicodeError, "chr() of a lone surrogate cannot be held by a pycxx str");
  const char32_t cp = static_cast<char32_t>(i);
  return pycxx::str::from_code_points(std::u32string_view(&cp, 1));
}

}  // namespace pycxx::shims::builtins
