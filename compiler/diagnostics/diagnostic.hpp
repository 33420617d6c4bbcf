// A diagnostic is data: a kind (stable id from diagnostic_kind.def), a severity, a
// location range in a source file, a message, and notes. The Emitter collects them;
// renderers (render_text, render_json, render_sarif) print them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/source_loc.hpp"

namespace pycxx {

enum class DiagnosticKind {
#define PYCXX_DIAGNOSTIC(Name, Severity) Name,
#include "compiler/diagnostics/diagnostic_kind.def"
};

enum class Severity { Error, Warning, Note };

std::string_view diagnostic_kind_name(DiagnosticKind kind);
Severity diagnostic_kind_severity(DiagnosticKind kind);
std::string_view severity_name(Severity severity);
// Every kind, in .def order (for the test that each one is exercised).
const std::vector<DiagnosticKind>& all_diagnostic_kinds();

struct DiagnosticNote {
  SourceRange range;  // may be invalid: a note without a place
  std::string message;
};

struct Diagnostic {
  DiagnosticKind kind;
  Severity severity;
  std::string file;  // the SourceFile's name
  SourceRange range;
  std::string message;
  std::vector<DiagnosticNote> notes;
};

}  // namespace pycxx
