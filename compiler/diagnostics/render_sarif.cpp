// SARIF 2.1.0 rendering of diagnostics, for code-scanning services
// (--diagnostics-format=sarif). One run, one result per diagnostic.
#include "compiler/diagnostics/emitter.hpp"
#include "compiler/json/json_writer.hpp"

namespace pycxx {

std::string render_sarif(const std::vector<Diagnostic>& diagnostics) {
  JsonWriter w;
  w.begin_object();
  w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
  w.key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("pycxx").key("informationUri").value("https://pypi.org/project/pycxx/");
  w.end_object().end_object();
  // Columns count code points (the renderers' callers convert: with_character_columns).
  w.key("columnKind").value("unicodeCodePoints");
  w.key("results").begin_array();
  for (const Diagnostic& d : diagnostics) {
    w.begin_object();
    w.key("ruleId").value(diagnostic_kind_name(d.kind));
    w.key("level").value(d.severity == Severity::Note ? "note" : severity_name(d.severity));
    w.key("message").begin_object().key("text").value(d.message).end_object();
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").value(d.file).end_object();
    if (d.range.valid()) {
      w.key("region").begin_object();
      w.key("startLine").value(d.range.begin.line).key("startColumn").value(d.range.begin.column + 1);
      w.key("endLine").value(d.range.end.line).key("endColumn").value(d.range.end.column + 1);
      w.end_object();
    }
    w.end_object().end_object().end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object().end_array();
  w.end_object();
  return w.str() + "\n";
}

}  // namespace pycxx
