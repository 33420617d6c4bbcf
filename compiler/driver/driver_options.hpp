// The options shared by every subcommand, as main.cpp parsed them. Defaults that depend on
// the environment ($CXX, $PYCXX_CACHE_DIR, ...) are resolved later, by the code that needs them
// (toolchain.cpp, build_cache.cpp, python_config.cpp), so `pycxx check` never looks for a compiler.
#pragma once

#include <string>
#include <vector>

namespace pycxx {

enum class DiagnosticsFormat { Text, Json, Sarif };

struct DriverOptions {
  DiagnosticsFormat diagnostics_format = DiagnosticsFormat::Text;
  std::string cache_dir;  // empty: $PYCXX_CACHE_DIR, $XDG_CACHE_HOME/pycxx, ~/.cache/pycxx
  std::string cxx;        // empty: $CXX, else clang++, else c++ (toolchain.cpp)
  std::string opt = "2";  // the -O level: 0, 1, 2, 3, s, g
  std::string arch = "native";  // native, portable (no -march: for wheels), or a -march value
  std::string python;     // empty: $PYCXX_PYTHON, else python3 on PATH
  bool verbose = false;   // print compiler commands and cache hits on stderr
};

struct BuildOptions {
  std::vector<std::string> files;
  std::string output_dir;  // empty: next to each source file
  unsigned jobs = 1;
};

struct CheckOptions {
  std::vector<std::string> files;
};

struct EmitOptions {
  std::string file;
  bool ast_json = false;
  bool ir = false;
  bool line_directives = true;
  std::string output;  // empty: stdout (build systems name a file: `-o mod.cpp`)
  std::string pyi;     // empty: no stub; else where to write <mod>.pyi
};

// `pycxx config`: what a build system (meson, CMake) needs to compile emitted C++ itself.
struct ConfigOptions {
  bool cflags = false;
  bool libs = false;
  bool cmake_dir = false;
};

}  // namespace pycxx
