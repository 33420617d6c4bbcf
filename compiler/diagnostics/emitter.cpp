// DiagnosticEmitter: collecting diagnostics (see emitter.hpp).
#include "compiler/diagnostics/emitter.hpp"

namespace pycxx {

DiagnosticHandle DiagnosticEmitter::emit(DiagnosticKind kind, SourceRange range, std::string message) {
  Severity severity = diagnostic_kind_severity(kind);
  if (severity == Severity::Error) ++errors_;
  diagnostics_.push_back(Diagnostic{kind, severity, file_.name(), range, std::move(message), {}});
  return DiagnosticHandle(diagnostics_, diagnostics_.size() - 1);
}

}  // namespace pycxx
