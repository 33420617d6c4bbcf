// Python's format specification mini-language (format(x, spec), f"{x:spec}") for int, bool,
// float and str, character for character as CPython 3.11's Python/formatter_unicode.c:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], with its ValueError
// messages. Float digits come from printf's correctly rounded %e/%f/%g (as CPython's dtoa);
// the no-type float form is repr (format.hpp) or 'g' keeping a ".0".
// Generated code: f"{x:.3f}" -> pycxx::format_value(x, "'.3f'" spelled as a std::string_view).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/format.hpp"

namespace pycxx {

namespace detail {

struct format_spec {
  std::string fill = " ";  // one code point, UTF-8
  char align = '\0';       // '<' '>' '^' '=' or none
  char sign = '-';
  bool no_neg_0 = false, alternate = false, fill_given = false;
  std::int64_t width = -1, precision = -1;
  char grouping = '\0';
  char type = '\0';
};

inline bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

[[noreturn]] inline void bad_spec(std::string_view spec, const char* type_name) {
  raise(exception_kind::ValueError,
        "Invalid format specifier '" + std::string(spec) + "' for object of type '" + type_name + "'");
}

inline format_spec parse_format_spec(std::string_view s, const char* type_name, char default_align) {
  format_spec f;
  std::size_t pos = 0;
  // The fill may be any one code point: its UTF-8 length from the first byte.
  std::size_t fill_len = s.empty() ? 0 : (static_cast<unsigned char>(s[0]) < 0x80 ? 1 : (static_cast<unsigned char>(s[0]) >> 5) == 6 ? 2 : (static_cast<unsigned char>(s[0]) >> 4) == 14 ? 3 : 4);
  if (s.size() > fill_len && is_align(s[fill_len])) {
    f.fill = std::string(s.substr(0, fill_len));
    f.fill_given = true;
    f.align = s[fill_len];
    pos = fill_len + 1;
  } else if (!s.empty() && is_align(s[0])) {
    f.align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!f.fill_given && pos < s.size() && s[pos] == '0') {
    f.fill = "0";
    if (f.align == '\0' && default_align == '>') f.align = '=';
    ++pos;
  }
  auto number = [&](std::int64_t& out) {
    std::size_t start = pos;
    std::int64_t v = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (v > (INT64_MAX - 9) / 10) raise(exception_kind::ValueError, "Too many decimal digits in format string");
      v = v * 10 + (s[pos++] - '0');
    }
    if (pos > start) out = v;
    return pos > start;
  };
  number(f.width);
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) {
    f.grouping = s[pos++];
    if (pos < s.size() && (s[pos] == ',' || s[pos] == '_'))
      raise(exception_kind::ValueError, s[pos] == f.grouping ? std::string("Cannot specify '") + f.grouping + "' with '" + f.grouping + "'."
                                                            : "Cannot specify both ',' and '_'.");
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!number(f.precision)) raise(exception_kind::ValueError, "Format specifier missing precision");
  }
  if (s.size() - pos > 1) bad_spec(s, type_name);
  if (pos < s.size()) f.type = s[pos];
  if (f.align == '\0') f.align = default_align;
  return f;
}

[[noreturn]] inline void unknown_code(char type, const char* type_name) {
  raise(exception_kind::ValueError, std::string("Unknown format code '") + type + "' for object of type '" + type_name + "'");
}

inline std::int64_t utf8_length(std::string_view s) {
  std::int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Pads `body` (sign and prefix excluded for '=') to the width with the fill.
inline std::string pad(const format_spec& f, std::string_view sign_prefix, std::string_view body) {
  std::int64_t len = utf8_length(sign_prefix) + utf8_length(body);
  std::int64_t missing = f.width > len ? f.width - len : 0;
  auto fill = [&](std::int64_t n) {
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) out += f.fill;
    return out;
  };
  switch (f.align) {
    case '<': return std::string(sign_prefix) + std::string(body) + fill(missing);
    case '^': return fill(missing / 2) + std::string(sign_prefix) + std::string(body) + fill(missing - missing / 2);
    case '=': return std::string(sign_prefix) + fill(missing) + std::string(body);
    default: return fill(missing) + std::string(sign_prefix) + std::string(body);
  }
}

// Inserts the grouping separator every `every` digits of `digits` (all digits); with '0'
// padding under '=' alignment, leading zeros are added (grouped too) up to `min_len`.
inline std::string group_digits(std::string digits, char sep, int every, std::int64_t min_len) {
  auto grouped_len = [&](std::int64_t k) { return sep ? k + (k - 1) / every : k; };
  while (grouped_len(static_cast<std::int64_t>(digits.size())) < min_len) digits.insert(digits.begin(), '0');
  if (!sep) return digits;
  std::string out;
  std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % static_cast<std::size_t>(every) == 0) out += sep;
    out += digits[i];
  }
  return out;
}

// Lays out a number: sign, prefix ("0x"), integral digits (grouped), the rest ("." and
// fraction, exponent, '%').
inline std::string layout_number(const format_spec& f, bool negative, std::string_view prefix, std::string int_digits,
                                 std::string_view rest, int every) {
  std::string sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
  std::string lead = sign + std::string(prefix);
  std::int64_t min_len = 0;
  if (f.align == '=' && f.fill == "0" && f.width > 0)
    min_len = f.width - static_cast<std::int64_t>(lead.size() + rest.size());
  std::string body = group_digits(std::move(int_digits), f.grouping, every, min_len) + std::string(rest);
  return pad(f, lead, body);
}

}  // namespace detail

// format(x, spec) of an int.
inline std::string format_value(std::int64_t x, std::string_view spec);
// format(x, spec) of a float.
inline std::string format_value(double x, std::string_view spec) {
  detail::format_spec f = detail::parse_format_spec(spec, "float", '>');
  if (spec.empty()) return repr(x);
  char type = f.type;
  switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: detail::unknown_code(type, "float");
  }
  if (f.grouping == '_' || f.grouping == ',') {
    if (type == 'n') raise(exception_kind::ValueError, std::string("Cannot specify '") + f.grouping + "' with 'n'.");
  }
  double v = x;
  bool percent = type == '%';
  if (percent) {
    v *= 100;
    type = 'f';
  }
  if (type == 'n') type = 'g';
  bool negative = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  std::string text;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(a) || std::isinf(a)) {
    text = std::isnan(a) ? "nan" : "inf";
    if (upper) text = std::isnan(a) ? "NAN" : "INF";
  } else if (type == '\0' && f.precision < 0) {
    text = repr(a);
  } else {
    std::int64_t p = f.precision < 0 ? 6 : f.precision;
    char conv = type == '\0' ? 'g' : type;
    if ((conv == 'g' || conv == 'G') && p == 0) p = 1;
    std::string fmt_str = std::string("%") + (f.alternate ? "#" : "") + ".*" + conv;
    int n = std::snprintf(nullptr, 0, fmt_str.c_str(), static_cast<int>(p), a);
    text.resize(static_cast<std::size_t>(n) + 1);
    std::snprintf(text.data(), text.size(), fmt_str.c_str(), static_cast<int>(p), a);
    text.resize(static_cast<std::size_t>(n));
    // The no-type form with a precision keeps one digit after the point, as repr.
    if (type == '\0' && text.find_first_of(".e") == std::string::npos) text += ".0";
  }
  // z: a negative zero (after rounding) loses its sign.
  if (negative && f.no_neg_0 && text.find_first_not_of("0.eE+-%") == std::string::npos) negative = false;
  if (percent) text += '%';
  std::size_t int_end = text.find_first_not_of("0123456789");
  if (int_end == std::string::npos) int_end = text.size();
  if (std::isnan(a) || std::isinf(a)) int_end = 0;
  std::string int_digits = text.substr(0, int_end);
  std::string rest = text.substr(int_end);
  if (int_digits.empty() && !(std::isnan(a) || std::isinf(a))) int_digits = "0";
  if (std::isnan(a) || std::isinf(a)) {
    // inf/nan are not digits: no grouping, but '0' padding still pads with zeros.
    detail::format_spec g = f;
    g.grouping = '\0';
    return detail::layout_number(g, negative, "", "", text, 3);
  }
  return detail::layout_number(f, negative, "", int_digits, rest, 3);
}

inline std::string format_value(std::int64_t x, std::string_view spec) {
  detail::format_spec f = detail::parse_format_spec(spec, "int", '>');
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_value(static_cast<double>(x), spec);
    case '\0': case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: detail::unknown_code(f.type, "int");
  }
  if (f.precision >= 0) raise(exception_kind::ValueError, "Precision not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign != '-') raise(exception_kind::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise(exception_kind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (x < 0 || x > 0x10FFFF) raise(exception_kind::OverflowError, "%c arg not in range(0x110000)");
    std::string cp;
    std::uint32_t c = static_cast<std::uint32_t>(x);
    if (c < 0x80) cp += static_cast<char>(c);
    else if (c < 0x800) cp += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    else if (c < 0x10000) cp += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    else cp += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    detail::format_spec g = f;
    if (g.align == '=') g.align = '>';
    return detail::pad(g, "", cp);
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  if (f.grouping == ',' && base != 10) raise(exception_kind::ValueError, std::string("Cannot specify ',' with '") + f.type + "'.");
  if (f.grouping && f.type == 'n') raise(exception_kind::ValueError, std::string("Cannot specify '") + f.grouping + "' with 'n'.");
  std::uint64_t u = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
  std::string digits;
  const char* alphabet = f.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    digits.insert(digits.begin(), alphabet[u % static_cast<unsigned>(base)]);
    u /= static_cast<unsigned>(base);
  } while (u);
  std::string prefix;
  if (f.alternate && base != 10) prefix = std::string("0") + (f.type == 'X' ? 'X' : f.type);
  return detail::layout_number(f, x < 0, prefix, digits, "", base == 10 ? 3 : 4);
}

// format(b, spec): str(b) when the spec is empty, else formatted as the int it is.
template <class B>
  requires std::is_same_v<B, bool>
std::string format_value(B b, std::string_view spec) {
  if (spec.empty()) return b ? "True" : "False";
  return format_value(static_cast<std::int64_t>(b), spec);
}

// format(s, spec) of text: precision truncates (in code points), left-aligned by default.
inline std::string format_text(std::string_view s, std::string_view spec) {
  detail::format_spec f = detail::parse_format_spec(spec, "str", '<');
  if (f.type != '\0' && f.type != 's') detail::unknown_code(f.type, "str");
  if (f.sign != '-') raise(exception_kind::ValueError, "Sign not allowed in string format specifier");
  if (f.alternate) raise(exception_kind::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise(exception_kind::ValueError, "'=' alignment not allowed in string format specifier");
  if (f.grouping) raise(exception_kind::ValueError, std::string("Cannot specify '") + f.grouping + "' with 's'.");
  std::string_view body = s;
  if (f.precision >= 0) {
    std::size_t i = 0;
    for (std::int64_t n = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
        if (n == f.precision) break;
        ++n;
      }
    }
    body = s.substr(0, i);
  }
  return detail::pad(f, "", body);
}

}  // namespace pycxx
