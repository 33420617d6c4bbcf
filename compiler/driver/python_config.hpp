// What the target interpreter says about itself: where Python.h is, the extension suffix
// (EXT_SUFFIX, e.g. .cpython-311-x86_64-linux-gnu.so) and numpy's include folder. Asked once
// with one subprocess and remembered in the cache folder, keyed by the interpreter's path,
// size and mtime, so later builds start without running Python. Nothing is guessed.
#pragma once

#include <filesystem>
#include <string>

#include "compiler/driver/driver_options.hpp"

namespace pycxx {

struct PythonConfig {
  std::string interpreter;    // the path that was asked
  std::string version;        // "3.11"
  std::string include_dir;    // holds Python.h
  std::string ext_suffix;     // EXT_SUFFIX
  std::string numpy_include;  // empty when numpy is not installed for it
};

// The interpreter to build for: --python, else $PYCXX_PYTHON, else python3 on PATH.
// Throws UserError when it cannot be found or run, or has no Python.h.
PythonConfig query_python_config(const DriverOptions& options, const std::filesystem::path& cache_dir);

}  // namespace pycxx
