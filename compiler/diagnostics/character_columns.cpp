// Diagnostics as users read them: ranges keep UTF-8 byte columns (as the AST and CPython's
// col_offset do), printed columns count characters (code points), as CPython's
// SyntaxError.offset and editors do. This is the one conversion, used before rendering.
#include "compiler/diagnostics/emitter.hpp"

namespace pycxx {
namespace {

SourceRange in_characters(SourceRange range, const SourceFile& file) {
  if (!range.valid()) return range;
  range.begin.column = file.character_column(range.begin);
  range.end.column = file.character_column(range.end);
  return range;
}

}  // namespace

Diagnostic with_character_columns(Diagnostic diagnostic, const SourceFile& file) {
  diagnostic.range = in_characters(diagnostic.range, file);
  for (DiagnosticNote& note : diagnostic.notes) note.range = in_characters(note.range, file);
  return diagnostic;
}

}  // namespace pycxx
