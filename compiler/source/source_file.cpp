// SourceFile: the line table and offset <-> location mapping.
#include "compiler/source/source_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

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

std::size_t SourceFile::offset_of(SourceLoc loc) const {
  if (loc.line == 0) return 0;
  if (loc.line > line_starts_.size()) return text_.size();
  return std::min(text_.size(), line_starts_[loc.line - 1] + loc.column);
}

std::optional<SourceFile> read_source_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open '" + path + "'";
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto text = decode_python_source(bytes.str(), error);
  if (!text) {
    error = path + ": " + error;
    return std::nullopt;
  }
  return SourceFile(path, std::move(*text));
}

}  // namespace pycxx
