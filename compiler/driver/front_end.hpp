// The compiler front end as the driver runs it for one file: read and decode the source,
// run compile_module (compiler/pipeline), keep the diagnostics. Every subcommand starts here.
// A file that cannot be read becomes a diagnostic (SourceUnreadable / SourceEncoding), not a crash.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/pipeline/compile_module.hpp"
#include "compiler/source/source_file.hpp"

namespace pycxx {

struct LoadedSource {
  std::string path;  // as the user gave it
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<DiagnosticEmitter> diagnostics;  // refers to *file
  bool readable = false;
};

// Reads `path`; on failure the emitter holds one diagnostic saying why.
LoadedSource load_source(const std::string& path);

struct FrontEndResult {
  LoadedSource source;
  std::optional<GeneratedModule> generated;  // empty when there were errors
};

// Reads `path` and compiles it to C++. With `require_module_name` (build, emit), checks first
// that the file name is an importable module name (`my-mod.py` is not); `check` takes any file.
FrontEndResult run_front_end(const std::string& path, const CompileOptions& options = {}, bool require_module_name = true);

}  // namespace pycxx
