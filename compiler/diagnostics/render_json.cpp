// JSON rendering of diagnostics, for editors and scripts (--diagnostics-format=json).
#include "compiler/diagnostics/emitter.hpp"
#include "compiler/json/json_writer.hpp"

namespace pycxx {
namespace {

void write_range(JsonWriter& w, SourceRange r) {
  if (!r.valid()) return;
  w.key("line").value(r.begin.line).key("column").value(r.begin.column + 1);
  w.key("end_line").value(r.end.line).key("end_column").value(r.end.column + 1);
}

}  // namespace

std::string render_json(const std::vector<Diagnostic>& diagnostics) {
  JsonWriter w;
  w.begin_array();
  for (const Diagnostic& d : diagnostics) {
    w.begin_object();
    w.key("file").value(d.file);
    write_range(w, d.range);
    w.key("severity").value(severity_name(d.severity));
    w.key("id").value(diagnostic_kind_name(d.kind));
    w.key("message").value(d.message);
    w.key("notes").begin_array();
    for (const DiagnosticNote& n : d.notes) {
      w.begin_object();
      write_range(w, n.range);
      w.key("message").value(n.message);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return w.str() + "\n";
}

}  // namespace pycxx
