// dump_ast_json: parses many Python files in one process and prints one JSON line per file,
// {"file": path, "ast": tree} or {"file": path, "error": "line:col: message"}, then the
// total parse time on stderr. test_stdlib_ast.py compares its output with CPython's `ast`.
#include <chrono>
#include <cstdio>
#include <string>

#include "compiler/json/json_writer.hpp"
#include "compiler/parse/parser.hpp"

int main(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  clock::duration parse_time{};
  std::size_t files = 0, failures = 0;
  for (int i = 1; i < argc; ++i) {
    std::string path = argv[i];
    pycxx::JsonWriter line;
    line.begin_object().key("file").value(path);
    std::string error;
    auto source = pycxx::read_source_file(path, error);
    if (!source) {
      line.key("error").value(error);
    } else {
      pycxx::ast::AstContext context;
      pycxx::DiagnosticEmitter diagnostics(*source);
      auto start = clock::now();
      pycxx::ast::Module* module = pycxx::parse_module(*source, context, diagnostics);
      parse_time += clock::now() - start;
      if (module) {
        line.key("ast").raw(pycxx::ast_to_json(*module));
      } else {
        const pycxx::Diagnostic& d = diagnostics.diagnostics().front();
        line.key("error").value(std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column + 1) + ": " +
                                d.message);
        ++failures;
      }
    }
    ++files;
    line.end_object();
    std::string& out = line.str();
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  double seconds = std::chrono::duration<double>(parse_time).count();
  std::fprintf(stderr, "parsed %zu files (%zu with syntax errors) in %.3f s\n", files, failures, seconds);
  return 0;
}
