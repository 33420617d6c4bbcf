// The values of number and string tokens: digits of any size for ints (hex, octal and
// binary converted to decimal), doubles for floats and imaginary parts, and decoded string
// and bytes bodies (escape sequences, \N{name} through ICU's Unicode names).
#pragma once

#include <string>
#include <string_view>

#include "compiler/parse/ast.hpp"

namespace pycxx::parse {

// A NUMBER token's text -> its value. False (with `error`) if it cannot be represented.
bool number_value(std::string_view text, ast::ConstantValue& value, std::string& error);

// What a string token's prefix says.
struct StringPrefix {
  bool raw = false, bytes = false, unicode = false, format = false;
  std::size_t length = 0;  // prefix letters
};
StringPrefix string_prefix(std::string_view token_text);

// Decodes the body of a non-raw string (or bytes) literal into UTF-8 text (raw bytes).
// On a bad escape returns false with `error` and `error_offset` (into body).
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, std::size_t& error_offset);

// Line ends inside a literal read as "\n", as CPython reads source text.
void append_normalized(std::string& out, std::string_view text);

}  // namespace pycxx::parse
