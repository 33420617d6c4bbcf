// PEP 263 decoding (see source_encoding.hpp).
#include "compiler/source/source_encoding.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace pycxx {
namespace {

// Python's normalisation of an encoding name, enough to recognise the aliases of
// UTF-8 and Latin-1 that real files use.
std::string normalise(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return c == '_' ? '-' : std::tolower(c); });
  return name;
}

bool is_utf8(const std::string& n) { return n == "utf-8" || n == "utf8" || n.starts_with("utf-8-") || n == "u8"; }
bool is_latin1(const std::string& n) {
  return n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "cp819" ||
         n.starts_with("latin-1-") || n.starts_with("iso-8859-1-") || n == "iso-latin-1";
}

// The cookie of one line, if the line is a comment carrying one: CPython's get_coding_spec,
// the first "coding" followed by ':' or '=' and a name. A linear scan (a regex recursed
// once per character and overflowed the stack on a long first line).
std::optional<std::string> cookie_of(std::string_view line) {
  std::size_t hash = line.find_first_not_of(" \t\f");
  if (hash == std::string_view::npos || line[hash] != '#') return std::nullopt;
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; };
  for (std::size_t at = line.find("coding", hash); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    std::size_t i = at + 6;
    if (i >= line.size() || (line[i] != ':' && line[i] != '=')) continue;
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t begin = i;
    while (i < line.size() && name_char(line[i])) ++i;
    if (i > begin) return std::string(line.substr(begin, i - begin));
  }
  return std::nullopt;
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points past U+10FFFF are ill-formed, as Python's codec says), or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  for (std::size_t i = 0; i < s.size();) {
    unsigned c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t extra = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 0;
    if (extra == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4) return i;
    // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return i;
    for (std::size_t k = 2; k <= extra; ++k)
      if ((byte(i + k) >> 6) != 2) return i;
    i += extra + 1;
  }
  return std::string_view::npos;
}

std::string latin1_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> decode_python_source(std::string_view bytes, std::string& error, std::size_t* error_offset) {
  if (error_offset) *error_offset = std::string_view::npos;
  bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes.remove_prefix(3);

  // The cookie may stand on line 1, or on line 2 if line 1 is blank or a comment.
  std::optional<std::string> declared;
  std::size_t first_end = bytes.find('\n');
  std::string_view first = bytes.substr(0, first_end);
  declared = cookie_of(first);
  if (!declared && first_end != std::string_view::npos) {
    std::string_view trimmed = first.substr(std::min(first.size(), first.find_first_not_of(" \t\f\r")));
    if (trimmed.empty() || trimmed.front() == '#') {
      std::string_view rest = bytes.substr(first_end + 1);
      declared = cookie_of(rest.substr(0, rest.find('\n')));
    }
  }

  std::string name = normalise(declared.value_or("utf-8"));
  // With a BOM, CPython accepts only a cookie that its tokenizer normalises to exactly
  // "utf-8" ("utf_8", "UTF-8-unix"), not the codec aliases ("utf8") it accepts otherwise.
  if (bom && name != "utf-8" && !name.starts_with("utf-8-")) {
    error = "encoding problem: '" + *declared + "' with a UTF-8 byte order mark";
    return std::nullopt;
  }
  if (is_utf8(name)) {
    if (std::size_t bad = invalid_utf8_at(bytes); bad != std::string_view::npos) {
      // CPython's words; it names the line, the diagnostic's location does here.
      error = declared ? fmt::format("'{}' codec can't decode byte 0x{:02x}: the file is not valid {}", *declared,
                                     static_cast<unsigned char>(bytes[bad]), *declared)
                       : fmt::format("Non-UTF-8 code starting with '\\x{:02x}', but no encoding declared; "
                                     "see https://peps.python.org/pep-0263/ for details",
                                     static_cast<unsigned char>(bytes[bad]));
      if (error_offset) *error_offset = bad + (bom ? 3 : 0);
      return std::nullopt;
    }
    return std::string(bytes);
  }
  if (is_latin1(name)) return latin1_to_utf8(bytes);
  error = "source encoding '" + *declared + "' is not supported (use UTF-8 or Latin-1)";
  return std::nullopt;
}

}  // namespace pycxx
