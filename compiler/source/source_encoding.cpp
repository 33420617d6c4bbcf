// PEP 263 decoding (see source_encoding.hpp).
#include "compiler/source/source_encoding.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

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

// The cookie of one line, if the line is a comment carrying one.
std::optional<std::string> cookie_of(std::string_view line) {
  static const std::regex cookie(R"(^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+))");
  std::cmatch m;
  if (std::regex_search(line.begin(), line.end(), m, cookie)) return m[1].str();
  return std::nullopt;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 4;
    if (extra == 4 || i + extra >= s.size() + (extra == 0)) return false;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += extra + 1;
  }
  return true;
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

std::optional<std::string> decode_python_source(std::string_view bytes, std::string& error) {
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
    if (!valid_utf8(bytes)) {
      error = "the file is not valid UTF-8 and declares no other encoding";
      return std::nullopt;
    }
    return std::string(bytes);
  }
  if (is_latin1(name)) return latin1_to_utf8(bytes);
  error = "source encoding '" + *declared + "' is not supported (use UTF-8 or Latin-1)";
  return std::nullopt;
}

}  // namespace pycxx
