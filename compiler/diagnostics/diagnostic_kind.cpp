// Names and severities of the diagnostic kinds, from diagnostic_kind.def.
#include "compiler/diagnostics/diagnostic.hpp"

namespace pycxx {

std::string_view diagnostic_kind_name(DiagnosticKind kind) {
  switch (kind) {
#define PYCXX_DIAGNOSTIC(Name, Severity) \
  case DiagnosticKind::Name:             \
    return #Name;
#include "compiler/diagnostics/diagnostic_kind.def"
  }
  return "?";
}

Severity diagnostic_kind_severity(DiagnosticKind kind) {
  switch (kind) {
#define PYCXX_DIAGNOSTIC(Name, Sev) \
  case DiagnosticKind::Name:        \
    return Severity::Sev;
#include "compiler/diagnostics/diagnostic_kind.def"
  }
  return Severity::Error;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "?";
}

const std::vector<DiagnosticKind>& all_diagnostic_kinds() {
  static const std::vector<DiagnosticKind> kinds = {
#define PYCXX_DIAGNOSTIC(Name, Severity) DiagnosticKind::Name,
#include "compiler/diagnostics/diagnostic_kind.def"
  };
  return kinds;
}

}  // namespace pycxx
