// `pycxx config --cflags | --libs | --cmake-dir`: what a build system that compiles `pycxx emit`'s
// C++ itself (meson-python, CMake with scikit-build-core) needs, in the style of pkg-config: the
// same flags and include folders `pycxx build` uses, less what the build system decides itself
// (optimisation level, shared-object and PIC flags). docs/cli.md shows the meson and CMake recipes.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "compiler/driver/build_cache.hpp"
#include "compiler/driver/commands.hpp"
#include "compiler/driver/header_roots.hpp"
#include "compiler/driver/module_builder.hpp"
#include "compiler/driver/python_config.hpp"
#include "compiler/driver/toolchain.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

// codegen_flags less what belongs to the build system: it links the module (-shared, -fPIC)
// and picks the -O level (meson's buildtype, CMake's CMAKE_BUILD_TYPE).
bool owned_by_build_system(const std::string& flag) {
  return flag == "-shared" || flag == "-fPIC" || flag.rfind("-O", 0) == 0;
}

std::vector<std::string> compile_flags(const DriverOptions& options) {
  std::vector<std::string> flags = codegen_flags(options);
  flags.erase(std::remove_if(flags.begin(), flags.end(), owned_by_build_system), flags.end());
  PythonConfig python = query_python_config(options, resolve_cache_dir(options));
  // numpy's headers whenever the interpreter has numpy: the flags are shared by every module
  // of a package, and an -isystem folder that a module does not include costs nothing.
  std::vector<std::string> includes = include_flags(find_header_roots(), python, !python.numpy_include.empty());
  flags.insert(flags.end(), includes.begin(), includes.end());
  return flags;
}

// Where `cmake --install` and the wheel put pycxx-config.cmake: <prefix>/share/cmake/pycxx
// beside <prefix>/bin/pycxx (CMakeLists.txt's install rules).
fs::path installed_cmake_dir() {
  fs::path self = executable_path();
  fs::path dir = self.empty() ? fs::path() : self.parent_path().parent_path() / "share" / "cmake" / "pycxx";
  std::error_code ec;
  if (dir.empty() || !fs::exists(dir / "pycxx-config.cmake", ec)) {
    throw UserError("this pycxx is not installed (no " + (dir / "pycxx-config.cmake").string() +
                    "): install it with `pip install` or `cmake --install` to use it from CMake");
  }
  return dir;
}

// One word a flag, quoted only when it holds a space (a folder name may), as pkg-config does.
std::string join_words(const std::vector<std::string>& words) {
  std::string line;
  for (const std::string& word : words) {
    if (!line.empty()) line += ' ';
    line += word.find_first_of(" \t") == std::string::npos ? word : "'" + word + "'";
  }
  return line;
}

}  // namespace

ExitStatus run_config(const DriverOptions& options, const ConfigOptions& config) {
  if (!config.cflags && !config.libs && !config.cmake_dir) {
    throw UserError("config: say what to print: --cflags, --libs or --cmake-dir");
  }
  std::vector<std::string> words;
  if (config.cflags) {
    std::vector<std::string> flags = compile_flags(options);
    words.insert(words.end(), flags.begin(), flags.end());
  }
  // --libs adds nothing yet: the runtime and shims are header-only and the module links only
  // against what the build system's Python dependency brings. It exists so that build files
  // written today keep working when that changes.
  if (config.cmake_dir) words.push_back(installed_cmake_dir().string());
  fmt::print("{}\n", join_words(words));
  return ExitStatus::Ok;
}

}  // namespace pycxx
