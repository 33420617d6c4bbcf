// The whole compiler as one call, for the driver and the tests: a source file in, the
// generated C++ and .pyi out (parse -> sema -> lower -> opt -> emit). Diagnostics go to
// the emitter; the result is empty when there were errors.
#pragma once

#include <optional>
#include <string>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/source/source_file.hpp"

namespace pycxx {

struct GeneratedModule {
  std::string module_name;  // the extension's name (the file's stem)
  std::string cpp;          // one self-contained C++ translation unit
  std::string pyi;          // the stub file for the exported functions
  std::string ir;           // the IR after the passes (printer.cpp), when CompileOptions::print_ir
  bool uses_numpy = false;  // whether the C++ needs numpy's headers and import_array()
};

struct CompileOptions {
  bool line_directives = true;  // emit #line back to the .py
  bool print_ir = false;        // fill GeneratedModule::ir (`pycxx emit --ir`)
};

std::optional<GeneratedModule> compile_module(const SourceFile& file, DiagnosticEmitter& diagnostics,
                                              const CompileOptions& options = {});

}  // namespace pycxx
