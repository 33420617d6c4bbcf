// The DiagnosticEmitter collects every diagnostic of one source file; phases report
// through it and go on (never stop at the first error). The driver renders the list at
// the end with render_text / render_json / render_sarif.
//
//   emitter.error(DiagnosticKind::UnsupportedClass, node_range,
//                 "class definitions are not supported")
//       .note(other_range, "first assigned here");
#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/source/source_file.hpp"

namespace pycxx {

class DiagnosticEmitter;

// Returned by emit(): adds notes to the diagnostic just emitted.
class DiagnosticHandle {
 public:
  DiagnosticHandle(std::vector<Diagnostic>& list, std::size_t index) : list_(list), index_(index) {}
  DiagnosticHandle& note(SourceRange range, std::string message) {
    list_[index_].notes.push_back({range, std::move(message)});
    return *this;
  }

 private:
  std::vector<Diagnostic>& list_;
  std::size_t index_;
};

class DiagnosticEmitter {
 public:
  explicit DiagnosticEmitter(const SourceFile& file) : file_(file) {}

  // The severity comes from the kind's row in diagnostic_kind.def.
  DiagnosticHandle emit(DiagnosticKind kind, SourceRange range, std::string message);

  template <class... Args>
  DiagnosticHandle emit(DiagnosticKind kind, SourceRange range, fmt::format_string<Args...> format, Args&&... args) {
    return emit(kind, range, fmt::format(format, std::forward<Args>(args)...));
  }

  const SourceFile& file() const { return file_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::size_t error_count() const { return errors_; }
  bool has_errors() const { return errors_ != 0; }

 private:
  const SourceFile& file_;
  std::vector<Diagnostic> diagnostics_;
  std::size_t errors_ = 0;
};

// --- renderers
// Printed columns are 1-based and count characters (code points), as CPython and editors
// do; a Diagnostic's range counts UTF-8 bytes. render_text converts with its file; the
// JSON and SARIF documents span files, so their callers pass with_character_columns(d, file).

// The diagnostic with its ranges' columns counted in characters of `file`.
Diagnostic with_character_columns(Diagnostic diagnostic, const SourceFile& file);

// `mod.py:7:5: error: message [Kind]` (the id ends the message's first line), the source
// line (a long one cut to a window around the range), and a caret under the range;
// notes follow the same form.
std::string render_text(const Diagnostic& diagnostic, const SourceFile* file, bool color = false);
// All diagnostics as one JSON array of {file, line, column, end_line, end_column,
// severity, id, message, notes:[...]} (line 1-based, column 1-based, as given: characters
// after with_character_columns).
std::string render_json(const std::vector<Diagnostic>& diagnostics);
// SARIF 2.1.0, one run, for code-scanning tools; columnKind "unicodeCodePoints" (columns
// as given: pass them through with_character_columns).
std::string render_sarif(const std::vector<Diagnostic>& diagnostics);

}  // namespace pycxx
