// More of Python's str methods, with CPython's results and messages: rsplit, splitlines,
// partition/rpartition, ljust/rjust/center/zfill (widths in code points), isspace.
// Neighbours: str_methods.hpp (split, strip, find, ...), str.hpp (the type).
//
// Generated code: pycxx::rsplit(s[, sep], n)  pycxx::splitlines(s[, keepends])  pycxx::partition(s, sep)
//   pycxx::rpartition(s, sep)  pycxx::ljust(s, w[, fill])  pycxx::rjust  pycxx::center  pycxx::zfill(s, w)
//   pycxx::isspace(s)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

#include "pycxx/containers/list.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

// s.rsplit(): whitespace runs separate, from the right; the rest keeps its leading whitespace.
inline list<str> rsplit(const str& s, std::int64_t maxsplit = -1) {
  std::u32string cps = s.code_points();
  list<str> parts;
  std::size_t i = cps.size();
  while (true) {
    while (i > 0 && detail::is_py_space(cps[i - 1])) --i;
    if (i == 0) break;
    if (maxsplit == 0) {
      parts.append(str::from_code_points(std::u32string_view(cps).substr(0, i)));
      break;
    }
    std::size_t j = i;
    while (j > 0 && !detail::is_py_space(cps[j - 1])) --j;
    parts.append(str::from_code_points(std::u32string_view(cps).substr(j, i - j)));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  parts.reverse();
  return parts;
}

// s.rsplit(sep, maxsplit): as split(sep) but the splits are taken from the right.
inline list<str> rsplit(const str& s, const str& sep, std::int64_t maxsplit = -1) {
  detail::check_separator(sep);
  list<str> parts;
  std::string_view b = s.view(), p = sep.view();
  std::size_t end = b.size();
  while (maxsplit != 0 && end >= p.size()) {
    std::size_t j = b.rfind(p, end - p.size());
    if (j == std::string_view::npos) break;
    parts.append(str(b.substr(j + p.size(), end - j - p.size())));
    end = j;
    if (maxsplit > 0) --maxsplit;
  }
  parts.append(str(b.substr(0, end)));
  parts.reverse();
  return parts;
}

namespace detail {
// Python's line boundaries (str.splitlines): \n \r \r\n \v \f \x1c \x1d \x1e \x85 U+2028 U+2029.
inline bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}
// The one fill character of ljust/rjust/center, or CPython's TypeError.
inline str fill_character(const str& fill) {
  if (fill.len() != 1) raise(exception_kind::TypeError, "The fill character must be exactly one character long");
  return fill;
}
inline str pad(const str& s, std::int64_t left, std::int64_t right, const str& fill) {
  return fill * left + s + fill * right;
}
}  // namespace detail

inline list<str> splitlines(const str& s, bool keepends = false) {
  std::u32string cps = s.code_points();
  std::u32string_view v(cps);
  list<str> lines;
  std::size_t start = 0, i = 0;
  while (i < v.size()) {
    if (!detail::is_line_break(v[i])) {
      ++i;
      continue;
    }
    std::size_t eol = i;
    i += (v[i] == '\r' && i + 1 < v.size() && v[i + 1] == '\n') ? 2 : 1;
    lines.append(str::from_code_points(v.substr(start, (keepends ? i : eol) - start)));
    start = i;
  }
  if (start < v.size()) lines.append(str::from_code_points(v.substr(start)));
  return lines;
}

// s.partition(sep) -> (head, sep, tail); ('s', '', '') when sep is absent.
inline std::tuple<str, str, str> partition(const str& s, const str& sep) {
  detail::check_separator(sep);
  std::size_t j = s.view().find(sep.view());
  if (j == std::string_view::npos) return {s, str(), str()};
  return {str(s.view().substr(0, j)), sep, str(s.view().substr(j + sep.view().size()))};
}
// s.rpartition(sep); ('', '', s) when sep is absent.
inline std::tuple<str, str, str> rpartition(const str& s, const str& sep) {
  detail::check_separator(sep);
  std::size_t j = s.view().rfind(sep.view());
  if (j == std::string_view::npos) return {str(), str(), s};
  return {str(s.view().substr(0, j)), sep, str(s.view().substr(j + sep.view().size()))};
}

inline str ljust(const str& s, std::int64_t width, const str& fill = " ") {
  str f = detail::fill_character(fill);
  std::int64_t n = s.len();
  return width <= n ? s : detail::pad(s, 0, width - n, f);
}
inline str rjust(const str& s, std::int64_t width, const str& fill = " ") {
  str f = detail::fill_character(fill);
  std::int64_t n = s.len();
  return width <= n ? s : detail::pad(s, width - n, 0, f);
}
// CPython's centring: the odd extra fill goes left when both the margin and width are odd.
inline str center(const str& s, std::int64_t width, const str& fill = " ") {
  str f = detail::fill_character(fill);
  std::int64_t n = s.len();
  if (width <= n) return s;
  std::int64_t margin = width - n;
  std::int64_t left = margin / 2 + (margin & width & 1);
  return detail::pad(s, left, margin - left, f);
}
// s.zfill(width): zeros after a leading sign.
inline str zfill(const str& s, std::int64_t width) {
  std::int64_t n = s.len();
  if (width <= n) return s;
  std::string out(static_cast<std::size_t>(width - n), '0');
  std::string_view b = s.view();
  if (!b.empty() && (b[0] == '+' || b[0] == '-')) return str(std::string(1, b[0]) + out + std::string(b.substr(1)));
  return str(out + s.bytes());
}

// s.isspace(): non-empty and every character whitespace.
inline bool isspace(const str& s) {
  if (s.empty()) return false;
  std::string_view b = s.view();
  for (std::size_t i = 0; i < b.size();)
    if (!detail::is_py_space(detail::decode_utf8(b, i))) return false;
  return true;
}

}  // namespace pycxx
