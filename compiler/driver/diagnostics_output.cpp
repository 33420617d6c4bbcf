// DiagnosticsOutput (see diagnostics_output.hpp): chooses the renderer and the stream.
#include "compiler/driver/diagnostics_output.hpp"

#include <cstdio>

#include "compiler/driver/progress.hpp"

namespace pycxx {

DiagnosticsOutput::DiagnosticsOutput(DiagnosticsFormat format) : format_(format), color_(stderr_wants_color()) {}

void DiagnosticsOutput::add(const DiagnosticEmitter& emitter) {
  errors_ += emitter.error_count();
  switch (format_) {
    case DiagnosticsFormat::Text:
      for (const Diagnostic& d : emitter.diagnostics()) std::fputs(render_text(d, &emitter.file(), color_).c_str(), stderr);
      std::fflush(stderr);
      return;
    case DiagnosticsFormat::Json:
    case DiagnosticsFormat::Sarif:
      // Converted now: the file is gone by finish().
      for (const Diagnostic& d : emitter.diagnostics()) collected_.push_back(with_character_columns(d, emitter.file()));
      return;
  }
}

void DiagnosticsOutput::finish() {
  switch (format_) {
    case DiagnosticsFormat::Text:
      return;
    case DiagnosticsFormat::Json:
      std::fputs(render_json(collected_).c_str(), stdout);
      break;
    case DiagnosticsFormat::Sarif:
      std::fputs(render_sarif(collected_).c_str(), stdout);
      break;
  }
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

}  // namespace pycxx
