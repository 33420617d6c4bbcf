// `pycxx emit FILE` prints the generated C++; `pycxx emit --ir FILE` the typed IR after the
// passes; `pycxx emit --ast-json FILE` the parser's syntax tree as JSON (field for field as CPython's `ast`). Diagnostics go to DiagnosticsOutput.
// `-o FILE` and `--pyi FILE` write files instead, for build systems (meson, CMake) that compile the C++ themselves.
#include <cstdio>
#include <filesystem>

#include "compiler/driver/commands.hpp"
#include "compiler/driver/diagnostics_output.hpp"
#include "compiler/driver/file_ops.hpp"
#include "compiler/driver/front_end.hpp"
#include "compiler/parse/parser.hpp"

namespace pycxx {
namespace {

// `path`, after creating the folder it goes in (a build folder may not hold it yet).
std::filesystem::path with_parent_folder(const std::string& path) {
  std::filesystem::path file(path);
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  return file;
}

ExitStatus emit_ast_json(const DriverOptions& options, const std::string& path) {
  DiagnosticsOutput output(options.diagnostics_format);
  LoadedSource source = load_source(path);
  ast::Module* module = nullptr;
  ast::AstContext context;
  if (source.readable) module = parse_module(*source.file, context, *source.diagnostics);
  output.add(*source.diagnostics);
  if (!module || source.diagnostics->has_errors()) {
    output.finish();
    return ExitStatus::UserError;
  }
  std::string json = ast_to_json(*module);
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
  return ExitStatus::Ok;
}

}  // namespace

ExitStatus run_emit(const DriverOptions& options, const EmitOptions& emit) {
  if (emit.ast_json) return emit_ast_json(options, emit.file);
  CompileOptions compile;
  compile.line_directives = emit.line_directives;
  compile.print_ir = emit.ir;
  FrontEndResult result = run_front_end(emit.file, compile);
  DiagnosticsOutput output(options.diagnostics_format);
  output.add(*result.source.diagnostics);
  if (!result.generated) {
    output.finish();
    return ExitStatus::UserError;
  }
  // Warnings only: printed (text on stderr), and the C++ still goes to stdout. json/sarif
  // documents are not mixed into stdout here, which holds the C++.
  const std::string& text = emit.ir ? result.generated->ir : result.generated->cpp;
  // Written atomically: a build system that runs emit on every change never compiles half a file.
  if (!emit.pyi.empty()) write_file_atomically(with_parent_folder(emit.pyi), result.generated->pyi);
  if (emit.output.empty()) std::fwrite(text.data(), 1, text.size(), stdout);
  else write_file_atomically(with_parent_folder(emit.output), text);
  return ExitStatus::Ok;
}

}  // namespace pycxx
