// One Python source file held in memory as UTF-8 text, with its line table. Built from a
// path or from bytes; the bytes are decoded by the PEP 263 rules in source_encoding.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/source_loc.hpp"

namespace pycxx {

class SourceFile {
 public:
  // `name` is what diagnostics print (usually the path as given); `text` is UTF-8.
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  // The module name: the file name without folders and without `.py`.
  std::string module_name() const;

  std::size_t line_count() const { return line_starts_.size(); }
  // Line `line` (1-based) without its end-of-line characters; empty if out of range.
  std::string_view line_text(std::uint32_t line) const;
  // The location of a byte offset into text().
  SourceLoc loc_of(std::size_t offset) const;
  // The column of a location counted in code points (characters), as CPython's
  // SyntaxError.offset and editors count; SourceLoc counts UTF-8 bytes.
  std::uint32_t character_column(SourceLoc loc) const;
  // The byte offset of a location (clamped to the text).
  std::size_t offset_of(SourceLoc loc) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Where the bytes of a file that could not be decoded go wrong: a NUL byte, or a byte not
// valid in its encoding (`in_text`); else the file or its declared encoding is the problem.
struct SourceReadError {
  bool in_text = false;
  SourceLoc at;             // the place of the bad byte, when in_text
  std::string text_before;  // the decoded text before it, to echo its line
};

// Reads and decodes a file. On failure returns nullopt and sets `error` to a sentence
// naming what went wrong ("cannot open ...", "unknown encoding 'x' ..."), and `detail` (if
// given) to where.
std::optional<SourceFile> read_source_file(const std::string& path, std::string& error, SourceReadError* detail = nullptr);

}  // namespace pycxx
