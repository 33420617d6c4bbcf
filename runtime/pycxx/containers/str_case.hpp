// The str methods that classify characters or change case by position, with CPython's Unicode
// answers: isdecimal/isdigit/isnumeric/isalpha/isalnum (every character in the class, and
// not empty), isupper/islower/istitle (CPython's cased-character rules), title, capitalize,
// swapcase (full mappings, final sigma). The tables are unicode_properties.hpp, generated
// from Python's unicodedata by gen_unicode_table.py. Neighbours: str_methods.hpp (lower/upper,
// whose mapping helpers these reuse), str_layout.hpp (isspace, padding), str.hpp.
//
// Generated code (through the shims of stdlib_shims/builtins/str/): pycxx::isdigit(s)
//   pycxx::isupper(s) pycxx::title(s) pycxx::capitalize(s) pycxx::swapcase(s) ...
#pragma once

#include <string>

#include "pycxx/containers/str.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx/containers/unicode_properties.hpp"

namespace pycxx {

namespace detail {
inline bool is_upper_cp(char32_t c) { return in_ranges(uppercase_ranges, c); }
inline bool is_lower_cp(char32_t c) { return in_ranges(lowercase_ranges, c); }
inline bool is_title_cp(char32_t c) { return in_ranges(titlecase_ranges, c); }
// Unicode's Cased (CPython's _PyUnicode_IsCased): also the modifier letters that are
// case-ignorable, which unicode_table.hpp's cased_ranges (read off final sigma) leaves out.
inline bool is_cased_cp(char32_t c) { return is_upper_cp(c) || is_lower_cp(c) || is_title_cp(c); }

// Non-empty and every code point in `ranges`.
template <std::size_t N>
bool all_in(const str& s, const code_point_range (&ranges)[N]) {
  if (s.empty()) return false;
  std::string_view b = s.view();
  for (std::size_t i = 0; i < b.size();)
    if (!in_ranges(ranges, decode_utf8(b, i))) return false;
  return true;
}

// Appends the lower-case mapping of text[i], final sigma included (CPython's lower_ucs4).
inline void lower_at(std::u32string_view text, std::size_t i, std::string& out) {
  if (text[i] == U'\u03a3' && is_final_sigma(text, i)) encode_utf8(U'\u03c2', out);
  else map_case(text[i], lower_runs, lower_specials, out);
}
}  // namespace detail

inline bool isdecimal(const str& s) { return detail::all_in(s, detail::decimal_ranges); }
inline bool isdigit(const str& s) { return detail::all_in(s, detail::digit_ranges); }
inline bool isnumeric(const str& s) { return detail::all_in(s, detail::numeric_ranges); }
inline bool isalpha(const str& s) { return detail::all_in(s, detail::alpha_ranges); }
inline bool isalnum(const str& s) { return detail::all_in(s, detail::alnum_ranges); }

// At least one cased character and none of the other case (titlecase counts as neither).
inline bool isupper(const str& s) {
  bool cased = false;
  for (char32_t c : s.code_points()) {
    if (detail::is_lower_cp(c) || detail::is_title_cp(c)) return false;
    cased = cased || detail::is_upper_cp(c);
  }
  return cased;
}
inline bool islower(const str& s) {
  bool cased = false;
  for (char32_t c : s.code_points()) {
    if (detail::is_upper_cp(c) || detail::is_title_cp(c)) return false;
    cased = cased || detail::is_lower_cp(c);
  }
  return cased;
}
// Upper/titlecase characters only after uncased ones, lowercase only after cased ones.
inline bool istitle(const str& s) {
  bool cased = false, previous_is_cased = false;
  for (char32_t c : s.code_points()) {
    if (detail::is_upper_cp(c) || detail::is_title_cp(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (detail::is_lower_cp(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

// Each word (a run of cased characters, CPython's definition) title-cased, the rest lowered.
inline str title(const str& s) {
  std::u32string text = s.code_points();
  std::string out;
  bool previous_is_cased = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (previous_is_cased) detail::lower_at(text, i, out);
    else detail::map_case(text[i], detail::title_runs, detail::title_specials, out);
    previous_is_cased = detail::is_cased_cp(text[i]);
  }
  return str(std::move(out));
}

// The first character title-cased ('ǆ' -> 'ǅ', 'ß' -> 'Ss'), the rest lowered.
inline str capitalize(const str& s) {
  std::u32string text = s.code_points();
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 0) detail::map_case(text[i], detail::title_runs, detail::title_specials, out);
    else detail::lower_at(text, i, out);
  }
  return str(std::move(out));
}

// Uppercase characters lowered, lowercase ones uppered, others (titlecase too) kept.
inline str swapcase(const str& s) {
  std::u32string text = s.code_points();
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (detail::is_upper_cp(text[i])) detail::lower_at(text, i, out);
    else if (detail::is_lower_cp(text[i])) detail::map_case(text[i], detail::upper_runs, detail::upper_specials, out);
    else detail::encode_utf8(text[i], out);
  }
  return str(std::move(out));
}

}  // namespace pycxx
