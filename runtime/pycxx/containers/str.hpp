// Python's str: an immutable sequence of Unicode code points, stored as UTF-8 with a flag
// for all-ASCII text (then indexing and len are O(1); otherwise they walk the bytes, O(n)).
// Comparison of UTF-8 bytes is code point order, so ==, < and hashing work on the bytes.
// Neighbours: str_methods.hpp (split, join, strip, find, replace, ...), slice.hpp,
// compare.hpp (item_hash uses hash()), ../scalar/format.hpp (str(int), repr(float)).
//
// Generated code (s: pycxx::str):  pycxx::str("lit")  s.len()  s[i]  s.slice({b, e, s})  s + t
//   s * n  s.contains(t) (t in s)  s == t  s < t  for (pycxx::str ch : s)  pycxx::repr(s)
//   pycxx::str_of(x) (str(x))
#pragma once

#include <cstdint>
#include <cstddef>
#include <functional>
#include <iterator>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "pycxx/slice.hpp"
#include "pycxx/containers/utf8.hpp"
#include "pycxx/containers/unicode_table.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/format.hpp"

namespace pycxx {

namespace detail {
inline bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
inline bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}
// Decodes the code point at byte offset i (valid UTF-8 assumed: str is built only from
// valid text) and advances i past it.
inline char32_t decode_utf8(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t cp = b & (0x3F >> extra);
  for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}
}  // namespace detail

class str {
 public:
  str() = default;
  str(const char* text) : str(std::string(text)) {}  // NOLINT: literals convert, as in Python
  str(std::string_view text) : str(std::string(text)) {}
  str(std::string text) : bytes_(std::move(text)), ascii_(detail::all_ascii(bytes_)) {}

  const std::string& bytes() const noexcept { return bytes_; }
  std::string_view view() const noexcept { return bytes_; }
  bool is_ascii() const noexcept { return ascii_; }
  std::int64_t len() const noexcept {
    if (ascii_) return static_cast<std::int64_t>(bytes_.size());
    std::int64_t n = 0;
    for (char c : bytes_) n += detail::is_utf8_continuation(c) ? 0 : 1;
    return n;
  }
  bool empty() const noexcept { return bytes_.empty(); }
  explicit operator bool() const noexcept { return !bytes_.empty(); }

  // Byte offset of code point `index` (0 <= index <= len()).
  std::size_t byte_offset(std::int64_t index) const noexcept {
    if (ascii_) return static_cast<std::size_t>(index);
    std::size_t i = 0;
    for (std::int64_t k = 0; k < index && i < bytes_.size(); ++k) {
      ++i;
      while (i < bytes_.size() && detail::is_utf8_continuation(bytes_[i])) ++i;
    }
    return i;
  }
  // Code point index of byte offset `offset` (the inverse of byte_offset).
  std::int64_t code_point_index(std::size_t offset) const noexcept {
    if (ascii_) return static_cast<std::int64_t>(offset);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < offset && i < bytes_.size(); ++i) n += detail::is_utf8_continuation(bytes_[i]) ? 0 : 1;
    return n;
  }

  // s[i]: the one-character string at code point i.
  str operator[](std::int64_t i) const { return at(i); }
  str at(std::int64_t i) const {
    std::size_t k = sequence_index(i, len(), "string index out of range");
    if (ascii_) return str(std::string(1, bytes_[k]), true);
    std::size_t b = byte_offset(static_cast<std::int64_t>(k));
    std::size_t e = b + 1;
    while (e < bytes_.size() && detail::is_utf8_continuation(bytes_[e])) ++e;
    return str(bytes_.substr(b, e - b), false);
  }
  // ord(s[i]) without making a string.
  char32_t code_point(std::int64_t i) const {
    std::size_t k = sequence_index(i, len(), "string index out of range");
    std::size_t b = byte_offset(static_cast<std::int64_t>(k));
    return detail::decode_utf8(bytes_, b);
  }

  str slice(const pycxx::slice& s) const {
    std::int64_t n = len();
    slice_range r = adjust_slice(s, n);
    if (r.step == 1 && ascii_)  // the common case: no scan for non-ASCII bytes, no offsets to walk
      return str(std::string(bytes_.data() + r.start, static_cast<std::size_t>(r.length)), true);
    if (r.step == 1) {
      std::size_t b = byte_offset(r.start);
      return str(bytes_.substr(b, byte_offset(r.start + r.length) - b));
    }
    std::string out;
    if (ascii_) {
      for (std::int64_t k = 0, i = r.start; k < r.length; ++k, i += r.step) out += bytes_[static_cast<std::size_t>(i)];
      return str(std::move(out), true);
    }
    std::u32string cps = code_points();
    for (std::int64_t k = 0, i = r.start; k < r.length; ++k, i += r.step)
      detail::encode_utf8(cps[static_cast<std::size_t>(i)], out);
    return str(std::move(out));
  }

  std::u32string code_points() const {
    std::u32string out;
    for (std::size_t i = 0; i < bytes_.size();) out += detail::decode_utf8(bytes_, i);
    return out;
  }
  static str from_code_points(std::u32string_view cps) {
    std::string out;
    for (char32_t c : cps) detail::encode_utf8(c, out);
    return str(std::move(out));
  }

  // for ch in s: each code point as a one-character str, in order.
  class iterator {
   public:
    using value_type = str;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const std::string* bytes, std::size_t i) : bytes_(bytes), i_(i) {}
    str operator*() const {
      std::size_t e = i_ + 1;
      while (e < bytes_->size() && detail::is_utf8_continuation((*bytes_)[e])) ++e;
      return str(bytes_->substr(i_, e - i_), e - i_ == 1);
    }
    iterator& operator++() {
      ++i_;
      while (i_ < bytes_->size() && detail::is_utf8_continuation((*bytes_)[i_])) ++i_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return i_ == o.i_; }

   private:
    const std::string* bytes_ = nullptr;
    std::size_t i_ = 0;
  };
  iterator begin() const { return iterator(&bytes_, 0); }
  iterator end() const { return iterator(&bytes_, bytes_.size()); }

  // `sub in s`
  bool contains(const str& sub) const { return bytes_.find(sub.bytes_) != std::string::npos; }
  // Short keys (words, bigrams: what dicts of str mostly hold) hash inline by FNV-1a, longer
  // ones by the library's word-at-a-time hash; the table mixes the bits again (dict.hpp).
  std::size_t hash() const noexcept {
    if (bytes_.size() > 16) return std::hash<std::string_view>{}(bytes_);
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes_) h = (h ^ c) * 0x100000001b3ULL;
    return static_cast<std::size_t>(h);
  }

  friend str operator+(const str& a, const str& b) { return str(a.bytes_ + b.bytes_, a.ascii_ && b.ascii_); }
  str& operator+=(const str& b) {
    bytes_ += b.bytes_;
    ascii_ = ascii_ && b.ascii_;
    return *this;
  }
  // s * n: CPython's OverflowError when the length would pass 2**63 - 1, MemoryError (here
  // std::bad_alloc, which the boundary turns into one) when it cannot be allocated.
  friend str operator*(const str& a, std::int64_t n) {
    std::string out;
    if (n > 0 && !a.bytes_.empty()) {
      const auto count = static_cast<std::size_t>(n);
      if (a.bytes_.size() > static_cast<std::size_t>(INT64_MAX / n)) {
        if (a.len() > INT64_MAX / n) raise(exception_kind::OverflowError, "repeated string is too long");
        throw std::bad_alloc();
      }
      if (a.bytes_.size() * count > out.max_size()) throw std::bad_alloc();
      out.reserve(a.bytes_.size() * count);
      for (std::int64_t k = 0; k < n; ++k) out += a.bytes_;
    }
    return str(std::move(out), a.ascii_);
  }
  friend str operator*(std::int64_t n, const str& a) { return a * n; }
  friend bool operator==(const str& a, const str& b) noexcept { return a.bytes_ == b.bytes_; }
  // UTF-8 byte order is code point order, as Python compares strings.
  friend auto operator<=>(const str& a, const str& b) noexcept { return a.bytes_ <=> b.bytes_; }

  // Constructs without scanning for ASCII when the caller knows.
  str(std::string text, bool ascii) : bytes_(std::move(text)), ascii_(ascii) {}

 private:
  std::string bytes_;
  bool ascii_ = true;
};

namespace detail {
// Whether a code point is in one of the sorted ranges of a table of unicode_table.hpp.
template <std::size_t N>
bool in_ranges(const code_point_range (&ranges)[N], char32_t c) {
  auto cp = static_cast<std::int32_t>(c);
  std::size_t lo = 0, hi = N;
  while (lo < hi) {  // the first range whose last >= cp
    std::size_t mid = (lo + hi) / 2;
    if (ranges[mid].last < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < N && ranges[lo].first <= cp;
}
}  // namespace detail

// repr(s) as CPython: single quotes unless the text has ' and no ", escapes for \\, the
// quote, \t \n \r, other unprintable characters as \xNN, \uNNNN or \UNNNNNNNN.
inline std::string repr(const str& s) {
  std::string_view b = s.view();
  bool has_single = b.find('\'') != std::string_view::npos;
  bool has_double = b.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  static constexpr char hex[] = "0123456789abcdef";
  auto escape = [&](char prefix, int digits, char32_t c) {
    out += '\\';
    out += prefix;
    for (int k = digits - 1; k >= 0; --k) out += hex[(c >> (4 * k)) & 0xF];
  };
  for (std::size_t i = 0; i < b.size();) {
    std::size_t start = i;
    char32_t c = detail::decode_utf8(b, i);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0)) {
      escape('x', 2, c);
    } else if (c > 0xA0 && detail::in_ranges(detail::unprintable_ranges, c)) {
      if (c < 0x100) escape('x', 2, c);
      else if (c < 0x10000) escape('u', 4, c);
      else escape('U', 8, c);
    } else {
      out.append(b.substr(start, i - start));
    }
  }
  out += quote;
  return out;
}

// repr(e) of a caught exception as CPython: ValueError('bad', 3), ValueError(), KeyError('k').
inline std::string repr(const python_error& e) {
  std::string name(exception_name(e.kind()));
  if (const char* cls = e.python_class()) name = std::string_view(cls).substr(std::string_view(cls).find(':') + 1);
  std::string args;
  if (e.has_arg_reprs()) {
    for (std::size_t i = 0; i < e.arg_reprs().size(); ++i) args += (i ? ", " : "") + e.arg_reprs()[i];
  } else if (e.message_is_repr()) {
    args = e.message();
  } else if (!e.message().empty()) {
    args = repr(str(e.message()));
  }
  return name + "(" + args + ")";
}

// to_str (print, f-strings: std::string as in format.hpp) of a str is its text; str_of(x)
// is Python's str(x) as a pycxx::str: the text itself, or the repr of a scalar or tuple.
inline std::string to_str(const str& s) { return s.bytes(); }
template <class T>
  requires requires(const T& x) { repr(x); }
str str_of(const T& x) {
  return str(repr(x));
}
inline str str_of(const str& s) { return s; }
inline str str_of(const python_error& e) { return str(e.str()); }  // str(e): its message, not its repr

}  // namespace pycxx
