// The methods of Python's str that numeric code uses, with CPython's results and messages:
// split (whitespace or separator, maxsplit), join, strip/lstrip/rstrip (whitespace or
// chars), lower/upper, startswith/endswith, replace, find/index/count. Positions are
// code point indices. Whitespace is Unicode's, as str.split() and str.strip() use it.
// Neighbours: str.hpp (the type), list.hpp (split returns a list[str], join takes one).
//
// Generated code: s.split() -> pycxx::split(s); s.split(",", 2) -> pycxx::split(s, ",", 2);
//   pycxx::join(sep, parts) pycxx::strip(s) pycxx::strip(s, chars) pycxx::lstrip / rstrip
//   pycxx::lower(s) pycxx::upper(s) pycxx::startswith(s, p) pycxx::endswith(s, p)
//   pycxx::replace(s, old, new[, count]) pycxx::find(s, sub) pycxx::index(s, sub) pycxx::rindex(s, sub) pycxx::count(s, sub)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pycxx/containers/unicode_table.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

namespace detail {
// Py_UNICODE_ISSPACE: the code points str.split() and str.strip() treat as whitespace.
inline bool is_py_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}
// Byte length of the whitespace character at i (0 if none).
inline std::size_t space_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  return is_py_space(decode_utf8(s, j)) ? j - i : 0;
}
inline void check_separator(const str& sep) {
  if (sep.empty()) raise(exception_kind::ValueError, "empty separator");
}
}  // namespace detail

// s.split(): runs of whitespace separate; leading/trailing whitespace gives no empty parts.
inline list<str> split(const str& s, std::int64_t maxsplit = -1) {
  list<str> out;
  std::string_view b = s.view();
  std::size_t i = 0, n = b.size();
  while (true) {
    while (i < n && detail::space_at(b, i)) i += detail::space_at(b, i);
    if (i >= n) break;
    if (maxsplit == 0) {
      out.append(str(b.substr(i)));  // the rest as is: CPython keeps its trailing whitespace
      break;
    }
    std::size_t j = i;
    while (j < n && !detail::space_at(b, j)) {  // whole code points: never test a continuation byte
      ++j;
      while (j < n && detail::is_utf8_continuation(b[j])) ++j;
    }
    out.append(str(b.substr(i, j - i)));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  return out;
}

// s.split(sep, maxsplit): every occurrence separates; empty parts kept.
inline list<str> split(const str& s, const str& sep, std::int64_t maxsplit = -1) {
  detail::check_separator(sep);
  list<str> out;
  std::string_view b = s.view(), p = sep.view();
  std::size_t i = 0;
  while (maxsplit != 0) {
    std::size_t j = b.find(p, i);
    if (j == std::string_view::npos) break;
    out.append(str(b.substr(i, j - i)));
    i = j + p.size();
    if (maxsplit > 0) --maxsplit;
  }
  out.append(str(b.substr(i)));
  return out;
}

inline str join(const str& sep, const list<str>& parts) {
  std::string out;
  bool first = true;
  for (const str& p : parts) {
    if (!first) out += sep.bytes();
    first = false;
    out += p.bytes();
  }
  return str(std::move(out));
}

namespace detail {
enum class strip_side { left, right, both };
inline bool in_chars(std::u32string_view chars, char32_t c) { return chars.find(c) != std::u32string_view::npos; }
inline str strip_impl(const str& s, strip_side side, const str* chars) {
  std::string_view b = s.view();
  std::u32string set = chars ? chars->code_points() : std::u32string();
  auto strips = [&](std::size_t i, std::size_t& width) {
    std::size_t j = i;
    char32_t c = decode_utf8(b, j);
    width = j - i;
    return chars ? in_chars(set, c) : is_py_space(c);
  };
  std::size_t begin = 0, end = b.size(), width = 0;
  if (side != strip_side::right)
    while (begin < end && strips(begin, width)) begin += width;
  if (side != strip_side::left)
    while (end > begin) {
      std::size_t k = end - 1;
      while (k > begin && is_utf8_continuation(b[k])) --k;
      if (!strips(k, width)) break;
      end = k;
    }
  return str(b.substr(begin, end - begin));
}
}  // namespace detail

inline str strip(const str& s) { return detail::strip_impl(s, detail::strip_side::both, nullptr); }
inline str strip(const str& s, const str& chars) { return detail::strip_impl(s, detail::strip_side::both, &chars); }
inline str lstrip(const str& s) { return detail::strip_impl(s, detail::strip_side::left, nullptr); }
inline str lstrip(const str& s, const str& chars) { return detail::strip_impl(s, detail::strip_side::left, &chars); }
inline str rstrip(const str& s) { return detail::strip_impl(s, detail::strip_side::right, nullptr); }
inline str rstrip(const str& s, const str& chars) { return detail::strip_impl(s, detail::strip_side::right, &chars); }

namespace detail {
// Appends the case mapping of one code point (unicode_table.hpp, Python's Unicode database).
template <std::size_t R, std::size_t S>
void map_case(char32_t c, const case_run (&runs)[R], const case_special (&specials)[S], std::string& out) {
  auto cp = static_cast<std::int32_t>(c);
  for (const case_special& sp : specials)
    if (sp.code_point == cp) {
      out += sp.utf8;
      return;
    }
  for (const case_run& r : runs)
    if (cp >= r.first && cp <= r.last && (cp - r.first) % r.stride == 0) {
      encode_utf8(static_cast<char32_t>(cp + r.delta), out);
      return;
    }
  encode_utf8(c, out);
}
// CPython's final-sigma rule: a capital sigma lowers to final 'ς' when a cased letter comes
// before it and none after it (skipping case-ignorable characters both ways).
inline bool is_final_sigma(std::u32string_view text, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && in_ranges(case_ignorable_ranges, text[j - 1])) --j;
  if (j == 0 || !in_ranges(cased_ranges, text[j - 1])) return false;
  std::size_t k = i + 1;
  while (k < text.size() && in_ranges(case_ignorable_ranges, text[k])) ++k;
  return k == text.size() || !in_ranges(cased_ranges, text[k]);
}

template <std::size_t R, std::size_t S>
str convert_case(const str& s, char from, char to, const case_run (&runs)[R], const case_special (&specials)[S]) {
  std::string out = s.bytes();
  if (s.is_ascii()) {  // the fast path: one byte per character
    for (char& c : out)
      if (c >= from && c <= to) c = static_cast<char>(c ^ 0x20);
    return str(std::move(out), true);
  }
  out.clear();
  std::string_view b = s.view();
  if (from == 'A' && b.find("\xce\xa3") != std::string_view::npos) {  // lower() of text with a 'Σ'
    std::u32string text = s.code_points();
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == U'\u03a3' && is_final_sigma(text, i)) encode_utf8(U'\u03c2', out);
      else map_case(text[i], runs, specials, out);
    }
    return str(std::move(out));
  }
  for (std::size_t i = 0; i < b.size();) map_case(decode_utf8(b, i), runs, specials, out);
  return str(std::move(out));
}
}  // namespace detail

// Full Unicode case mapping as CPython's ('ß'.upper() == 'SS', 'ΟΔΟΣ'.lower() == 'οδος').
inline str lower(const str& s) { return detail::convert_case(s, 'A', 'Z', detail::lower_runs, detail::lower_specials); }
inline str upper(const str& s) { return detail::convert_case(s, 'a', 'z', detail::upper_runs, detail::upper_specials); }

inline bool startswith(const str& s, const str& prefix) { return s.view().starts_with(prefix.view()); }
inline bool endswith(const str& s, const str& suffix) { return s.view().ends_with(suffix.view()); }

// s.replace(old, new, count): an empty `old` inserts `new` between every code point, as Python.
inline str replace(const str& s, const str& old, const str& repl, std::int64_t count = -1) {
  std::string_view b = s.view(), o = old.view();
  std::string out;
  if (o.empty()) {
    std::size_t i = 0;
    while (true) {
      if (count == 0) break;
      out += repl.bytes();
      if (count > 0) --count;
      if (i >= b.size()) return str(std::move(out));
      std::size_t j = i;
      detail::decode_utf8(b, j);
      out.append(b.substr(i, j - i));
      i = j;
    }
    out.append(b.substr(i));
    return str(std::move(out));
  }
  std::size_t i = 0;
  while (count != 0) {
    std::size_t j = b.find(o, i);
    if (j == std::string_view::npos) break;
    out.append(b.substr(i, j - i));
    out += repl.bytes();
    i = j + o.size();
    if (count > 0) --count;
  }
  out.append(b.substr(i));
  return str(std::move(out));
}

// s.find(sub): the code point index of the first occurrence, or -1.
inline std::int64_t find(const str& s, const str& sub) {
  std::size_t j = s.view().find(sub.view());
  return j == std::string_view::npos ? -1 : s.code_point_index(j);
}
inline std::int64_t rfind(const str& s, const str& sub) {
  std::size_t j = s.view().rfind(sub.view());
  return j == std::string_view::npos ? -1 : s.code_point_index(j);
}
inline std::int64_t index(const str& s, const str& sub) {
  std::int64_t i = find(s, sub);
  if (i < 0) raise(exception_kind::ValueError, "substring not found");
  return i;
}
inline std::int64_t rindex(const str& s, const str& sub) {
  std::int64_t i = rfind(s, sub);
  if (i < 0) raise(exception_kind::ValueError, "substring not found");
  return i;
}
// Non-overlapping occurrences; an empty sub counts len(s) + 1 positions, as Python.
inline std::int64_t count(const str& s, const str& sub) {
  if (sub.empty()) return s.len() + 1;
  std::int64_t n = 0;
  std::string_view b = s.view();
  for (std::size_t i = b.find(sub.view()); i != std::string_view::npos; i = b.find(sub.view(), i + sub.view().size()))
    ++n;
  return n;
}

}  // namespace pycxx
