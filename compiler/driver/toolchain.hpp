// The C++ compiler that builds generated code, and the flags it gets. The compiler is
// --cxx, else $CXX, else clang++ (or clang++-16), else c++ (a command with arguments, such as
// "ccache g++", is allowed); GCC gets -fno-tree-vrp (docs/design.md, "The C++ toolchain").
// Its `--version` text goes into the cache key, so upgrading the compiler rebuilds.
#pragma once

#include <string>
#include <vector>

#include "compiler/driver/driver_options.hpp"

namespace pycxx {

struct CxxToolchain {
  std::vector<std::string> command;  // program (full path) and leading arguments
  std::string version;               // first line of `--version`, or why it is unknown
  bool is_gcc = false;               // GCC's precompiled headers are used (precompiled_header.cpp)
};

// Throws UserError when the compiler cannot be found.
CxxToolchain find_cxx_toolchain(const DriverOptions& options);

// The flags for one extension module: language, shared-object, floating-point and
// optimisation flags from the options (validated here: a bad --opt/--arch is a UserError).
std::vector<std::string> codegen_flags(const DriverOptions& options);

}  // namespace pycxx
