// A position in a Python source file, as CPython reports it: 1-based line, 0-based column
// counted in UTF-8 bytes. The lexer makes them, the AST carries them, diagnostics print them.
#pragma once

#include <cstdint>

namespace pycxx {

struct SourceLoc {
  std::uint32_t line = 0;    // 1-based; 0 means "no location"
  std::uint32_t column = 0;  // 0-based, UTF-8 bytes from the start of the line

  bool valid() const { return line != 0; }
  friend auto operator<=>(const SourceLoc&, const SourceLoc&) = default;
};

// [begin, end): end is one past the last byte, like CPython's end_col_offset.
struct SourceRange {
  SourceLoc begin;
  SourceLoc end;

  bool valid() const { return begin.valid(); }
  static SourceRange at(SourceLoc loc) { return {loc, {loc.line, loc.column + 1}}; }
};

}  // namespace pycxx
