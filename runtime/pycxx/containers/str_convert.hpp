// int(s) and float(s) of a str, with CPython's grammar: surrounding Unicode whitespace
// ignored, any Unicode decimal digit (Nd) read as its value, single underscores between
// digits, a sign; float also takes inf/infinity/nan in any case and an exponent. A text
// that is none of these raises CPython's ValueError ("invalid literal for int() with base
// 10: 'x'", "could not convert string to float: 'x'"); an int beyond int64 pycxx's
// OverflowError. Neighbours: str.hpp (repr), str_methods.hpp (strip), unicode_properties.hpp.
#pragma once

#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "pycxx/containers/str.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx/containers/unicode_properties.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/overflow.hpp"

namespace pycxx {
namespace detail {

// The stripped text with decimal digits made ASCII (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII code points become '?',
// which neither grammar accepts.
inline std::string number_text(const str& s) {
  std::string out;
  for (char32_t c : strip(s).code_points()) {
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    char digit = '?';
    for (const code_point_range& r : decimal_ranges)  // Nd digits come in runs of ten from a zero
      if (static_cast<std::int32_t>(c) >= r.first && static_cast<std::int32_t>(c) <= r.last)
        digit = static_cast<char>('0' + (static_cast<std::int32_t>(c) - r.first) % 10);
    out += digit;
  }
  return out;
}

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Consumes digit ('_'? digit)* at text[i], appending the digits to `out`; false when there is no
// digit at i or an underscore is not between two digits.
inline bool digit_part(const std::string& text, std::size_t& i, std::string& out) {
  if (i >= text.size() || !is_ascii_digit(text[i])) return false;
  while (i < text.size()) {
    if (is_ascii_digit(text[i])) {
      out += text[i++];
    } else if (text[i] == '_' && i + 1 < text.size() && is_ascii_digit(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return true;
}

[[noreturn, gnu::cold]] inline void raise_invalid_int(const str& s) {
  raise(exception_kind::ValueError, "invalid literal for int() with base 10: " + repr(s));
}
[[noreturn, gnu::cold]] inline void raise_invalid_float(const str& s) {
  raise(exception_kind::ValueError, "could not convert string to float: " + repr(s));
}

}  // namespace detail

inline std::int64_t str_to_int(const str& s) {
  std::string text = detail::number_text(s);
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string digits;
  if (!detail::digit_part(text, i, digits) || i != text.size()) detail::raise_invalid_int(s);
  std::uint64_t magnitude = 0;
  for (char d : digits) {
    if (magnitude > (UINT64_MAX - 9) / 10) detail::raise_int_overflow();
    magnitude = magnitude * 10 + static_cast<std::uint64_t>(d - '0');
  }
  if (magnitude > (negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1)) detail::raise_int_overflow();
  return negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
}

inline double str_to_float(const str& s) {
  std::string text = detail::number_text(s);
  std::size_t i = 0;
  std::string clean;  // sign, digits, '.', exponent: what from_chars reads
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    if (text[i] == '-') clean += '-';
    ++i;
  }
  std::string word;
  for (std::size_t k = i; k < text.size(); ++k) word += static_cast<char>(text[k] | 0x20);
  if (word == "inf" || word == "infinity" || word == "nan") {
    clean += word == "nan" ? "nan" : "inf";
  } else {
    bool whole = detail::digit_part(text, i, clean);
    bool fraction = false;
    if (i < text.size() && text[i] == '.') {
      clean += text[i++];
      fraction = detail::digit_part(text, i, clean);
    }
    if (!whole && !fraction) detail::raise_invalid_float(s);
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
      clean += text[i++];
      if (i < text.size() && (text[i] == '+' || text[i] == '-')) clean += text[i++];
      if (!detail::digit_part(text, i, clean)) detail::raise_invalid_float(s);
    }
    if (i != text.size()) detail::raise_invalid_float(s);
  }
  double value = 0.0;
  auto [end, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (ec == std::errc::result_out_of_range)  // 1e400 is inf and 1e-400 is 0.0 in Python: strtod's answers
    return std::strtod(clean.c_str(), nullptr);
  if (ec != std::errc{} || end != clean.data() + clean.size()) detail::raise_invalid_float(s);
  return value;
}

}  // namespace pycxx
