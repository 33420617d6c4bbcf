// Where the runtime and shim headers are, for the C++ compile of generated code. In order:
//   $PYCXX_INCLUDE_DIR (a folder holding runtime/ and stdlib_shims/),
//   <prefix>/share/pycxx when the executable is <prefix>/bin/pycxx (the installed layout),
//   the source tree this pycxx was built from (running from the build tree).
#pragma once

#include <filesystem>

namespace pycxx {

struct HeaderRoots {
  std::filesystem::path runtime;  // holds pycxx/errors.hpp
  std::filesystem::path shims;    // holds math/..., numpy/...
};

// Throws InternalError (a broken installation) naming every place it looked.
HeaderRoots find_header_roots();

// The path of the running executable (/proc/self/exe).
std::filesystem::path executable_path();

}  // namespace pycxx
