// Building one extension module from its generated C++: cache lookup, writing the .cpp,
// running the C++ compiler, storing the result, and writing <mod><EXT_SUFFIX> and <mod>.pyi
// to the output folder. A compiler failure on generated code is a pycxx bug: the outcome is
// an internal error naming the kept .cpp and the compiler log, never the compiler's output.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "compiler/driver/build_cache.hpp"
#include "compiler/driver/exit_status.hpp"
#include "compiler/driver/header_roots.hpp"
#include "compiler/driver/progress.hpp"
#include "compiler/driver/python_config.hpp"
#include "compiler/driver/toolchain.hpp"
#include "compiler/pipeline/compile_module.hpp"

namespace pycxx {

// Everything the compiles of one `pycxx build` share, found once.
struct BuildContext {
  CxxToolchain toolchain;
  std::vector<std::string> flags;
  PythonConfig python;
  HeaderRoots headers;
  std::string headers_fingerprint;  // the runtime's and shims' contents
  std::string numpy_fingerprint;    // numpy's headers' contents (empty without numpy)
  BuildCache cache;
};

struct ModuleJob {
  std::string source_path;
  GeneratedModule generated;
  std::filesystem::path output_dir;
  std::size_t index = 0;  // 1-based, for progress lines
  std::size_t total = 0;
};

struct ModuleOutcome {
  ExitStatus status = ExitStatus::Ok;
  std::string report;  // what to print on failure (complete lines)
};

// The -I/-isystem flags generated C++ compiles with: the runtime, the shims, Python.h and,
// for a module that uses arrays, numpy's headers. `pycxx config --cflags` prints the same.
std::vector<std::string> include_flags(const HeaderRoots& headers, const PythonConfig& python, bool uses_numpy);

ModuleOutcome build_module(const BuildContext& context, const ModuleJob& job, Progress& progress);

}  // namespace pycxx
