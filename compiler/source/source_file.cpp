// SourceFile: the line table and offset <-> location mapping.
#include "compiler/source/source_file.hpp"

#include <algorithm>
#include <fstream>

#include "compiler/source/source_encoding.hpp"

namespace pycxx {

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if (c == '\n' || c == '\r') line_starts_.push_back(i + 1);
  }
}

std::string SourceFile::module_name() const {
  std::string base = name_.substr(name_.find_last_of("/\\") + 1);
  if (base.size() > 3 && base.ends_with(".py")) base.resize(base.size() - 3);
  return base;
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

SourceLoc SourceFile::loc_of(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  return {line, static_cast<std::uint32_t>(offset - line_starts_[line - 1])};
}

std::uint32_t SourceFile::character_column(SourceLoc loc) const {
  std::string_view line = line_text(loc.line);
  std::uint32_t characters = 0;
  for (std::size_t i = 0; i < loc.column; ++i)
    characters += i >= line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;  // past the end: one each
  return characters;
}

std::size_t SourceFile::offset_of(SourceLoc loc) const {
  if (loc.line == 0) return 0;
  if (loc.line > line_starts_.size()) return text_.size();
  return std::min(text_.size(), line_starts_[loc.line - 1] + loc.column);
}

std::optional<SourceFile> read_source_file(const std::string& path, std::string& error, SourceReadError* detail) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open '" + path + "'";
    return std::nullopt;
  }
  // Read up to the first NUL byte, as CPython's tokenizer stops there: `/dev/zero` is one
  // error, not unbounded memory. Token offsets are 32-bit, so the text is capped too.
  constexpr std::size_t kMaxBytes = std::size_t{1} << 31;
  std::string bytes;
  std::size_t nul = std::string::npos;
  char chunk[1 << 16];
  while (nul == std::string::npos && in.read(chunk, sizeof chunk), in.gcount() > 0) {
    std::string_view got(chunk, static_cast<std::size_t>(in.gcount()));
    if (std::size_t at = got.find('\0'); at != std::string_view::npos) {
      nul = bytes.size() + at;
      got = got.substr(0, at);
    }
    bytes += got;
    if (bytes.size() > kMaxBytes) {
      error = path + ": the file is larger than 2 GiB";
      return std::nullopt;
    }
    if (nul != std::string::npos) break;
  }
  std::size_t bad = std::string::npos;
  auto text = decode_python_source(bytes, error, &bad);
  if (!text || nul != std::string::npos) {
    if (text) error = "source code cannot contain null bytes";
    if (detail) {
      // The text before the bad byte is valid: it gives the place and the line to echo.
      std::string before = text ? std::move(*text) : bad == std::string::npos ? std::string() : bytes.substr(0, bad);
      if (before.starts_with("\xEF\xBB\xBF")) before.erase(0, 3);
      detail->in_text = text || bad != std::string::npos;
      detail->at = SourceFile("", before).loc_of(before.size());
      detail->text_before = std::move(before);
    }
    error = path + ": " + error;
    return std::nullopt;
  }
  return SourceFile(path, std::move(*text));
}

}  // namespace pycxx
