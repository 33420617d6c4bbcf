// Where diagnostics go: text (with caret; colour only on a terminal) to stderr as each file
// is done; json and sarif to stdout, as one document for all files at the end, so a tool can
// parse stdout whole. Every subcommand reports through one DiagnosticsOutput.
#pragma once

#include <vector>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/driver/driver_options.hpp"

namespace pycxx {

class DiagnosticsOutput {
 public:
  explicit DiagnosticsOutput(DiagnosticsFormat format);
  void add(const DiagnosticEmitter& emitter);
  // Prints the json/sarif document (an empty list too: "no diagnostics" is an answer).
  void finish();
  bool had_errors() const { return errors_ != 0; }

 private:
  DiagnosticsFormat format_;
  bool color_;
  std::vector<Diagnostic> collected_;
  std::size_t errors_ = 0;
};

}  // namespace pycxx
