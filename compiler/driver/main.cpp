// The pycxx command line (CLI11): global options, the build/check/emit subcommands, and the
// exit-status contract: 0 ok, 1 user error (diagnostics printed), 2 internal error.
// The subcommands live in command_*.cpp; docs/cli.md documents every option.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

#include "compiler/driver/commands.hpp"

namespace {

using namespace pycxx;

void add_global_options(CLI::App& app, DriverOptions& options, std::string& format) {
  app.add_option("--diagnostics-format", format, "text (stderr, with caret), json or sarif (one document on stdout)")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->default_str("text");
  app.add_option("--cache-dir", options.cache_dir,
                 "build cache folder (default: $PYCXX_CACHE_DIR, $XDG_CACHE_HOME/pycxx or ~/.cache/pycxx)");
  app.add_option("--cxx", options.cxx, "C++ compiler command (default: $CXX, else c++)");
  app.add_option("--opt", options.opt, "optimisation level: 0, 1, 2, 3, s or g")->default_str("2");
  app.add_option("--arch", options.arch,
                 "target CPU: native (this machine), portable (for wheels), or a -march value")
      ->default_str("native");
  app.add_option("--python", options.python,
                 "the Python interpreter the modules are for (default: $PYCXX_PYTHON, else python3)");
  app.add_flag("-v,--verbose", options.verbose, "print compiler commands and cache hits");
}

}  // namespace

int main(int argc, char** argv) {
  DriverOptions options;
  BuildOptions build;
  CheckOptions check;
  EmitOptions emit;
  ConfigOptions config;

  CLI::App app{"pycxx: compile type-annotated numeric Python modules to CPython extension modules", "pycxx"};
  app.set_version_flag("--version", std::string("pycxx ") + PYCXX_VERSION_STRING);
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the subcommand
  std::string format = "text";
  add_global_options(app, options, format);

  CLI::App* build_cmd = app.add_subcommand("build", "compile modules to <mod><EXT_SUFFIX> and <mod>.pyi");
  build_cmd->add_option("files", build.files, "Python source files")->required();
  build_cmd->add_option("-o,--output-dir", build.output_dir, "output folder (default: each source's folder)");
  build_cmd->add_option("-j,--jobs", build.jobs, "modules compiled in parallel")
      ->check(CLI::Range(1u, 256u))
      ->default_str("1");

  CLI::App* check_cmd = app.add_subcommand("check", "report every diagnostic, without compiling C++");
  check_cmd->add_option("files", check.files, "Python source files")->required();

  CLI::App* emit_cmd = app.add_subcommand("emit", "print the generated C++ (or the IR with --ir, the syntax tree with --ast-json)");
  emit_cmd->add_option("file", emit.file, "Python source file")->required();
  emit_cmd->add_flag("--ast-json", emit.ast_json, "print the syntax tree as JSON, field for field as Python's ast");
  emit_cmd->add_flag("--ir", emit.ir, "print the typed IR after the optimisation passes instead of C++");
  emit_cmd->add_flag("!--no-line-directives", emit.line_directives, "leave out the #line directives");
  emit_cmd->add_option("-o,--output", emit.output, "write to this file instead of stdout (for build systems)");
  emit_cmd->add_option("--pyi", emit.pyi, "also write the module's type stub (<mod>.pyi) to this file");

  CLI::App* config_cmd = app.add_subcommand("config", "print what a build system needs to compile emitted C++ (meson, CMake)");
  config_cmd->add_flag("--cflags", config.cflags, "compile flags: language, floating point, include folders");
  config_cmd->add_flag("--libs", config.libs, "link flags (none today: the runtime is header-only)");
  config_cmd->add_flag("--cmake-dir", config.cmake_dir, "the folder holding pycxx-config.cmake (for pycxx_DIR)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; any other parse error is a user error (status 1).
    return app.exit(e) == 0 ? 0 : static_cast<int>(ExitStatus::UserError);
  }

  options.diagnostics_format = format == "json"    ? DiagnosticsFormat::Json
                               : format == "sarif" ? DiagnosticsFormat::Sarif
                                                   : DiagnosticsFormat::Text;
  try {
    ExitStatus status = ExitStatus::Ok;
    if (*build_cmd) status = run_build(options, build);
    else if (*check_cmd) status = run_check(options, check);
    else if (*emit_cmd) status = run_emit(options, emit);
    else if (*config_cmd) status = run_config(options, config);
    return static_cast<int>(status);
  } catch (const UserError& e) {
    std::fflush(stdout);
    fmt::print(stderr, "pycxx: error: {}\n", e.what());
    return static_cast<int>(ExitStatus::UserError);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "pycxx: internal error: {}\nthis is a bug in pycxx: please report it with the input file\n", e.what());
    return static_cast<int>(ExitStatus::InternalError);
  }
}
