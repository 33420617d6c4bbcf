// find_cxx_toolchain and codegen_flags (see toolchain.hpp): which C++ compiler builds generated
// code (clang++ unless told otherwise: docs/design.md, "The C++ toolchain") and with what flags.
#include "compiler/driver/toolchain.hpp"

#include <cstdlib>
#include <sstream>

#include "compiler/driver/exit_status.hpp"
#include "compiler/driver/subprocess.hpp"

namespace pycxx {

namespace {

// Without --cxx or $CXX: clang++ first. GCC 12.2 at -O2 miscompiles correct generated code
// (a floor division by zero that must raise returns 0, from tree-vrp); clang 16 gives the right
// answers at about the same speed (docs/design.md, "The C++ toolchain"). c++ is the fallback.
constexpr const char* default_compilers[] = {"clang++", "clang++-16", "c++"};

}  // namespace

CxxToolchain find_cxx_toolchain(const DriverOptions& options) {
  std::string spec = options.cxx;
  if (spec.empty()) {
    const char* env = std::getenv("CXX");
    if (env && *env) spec = env;
    for (const char* name : default_compilers)
      if (spec.empty() && find_program(name)) spec = name;
    if (spec.empty()) spec = "c++";  // reported as not found below
  }
  CxxToolchain toolchain;
  std::istringstream words(spec);
  for (std::string word; words >> word;) toolchain.command.push_back(word);
  if (toolchain.command.empty()) throw UserError("the C++ compiler command is empty (see --cxx and $CXX)");
  auto program = find_program(toolchain.command[0]);
  if (!program) {
    throw UserError("C++ compiler '" + toolchain.command[0] +
                    "' not found; install g++ or clang, or name one with --cxx or $CXX");
  }
  toolchain.command[0] = *program;

  std::vector<std::string> version_argv = toolchain.command;
  version_argv.push_back("--version");
  ProcessResult version = run_process(version_argv);
  if (version.started && version.exit_code == 0) {
    toolchain.version = version.output.substr(0, version.output.find('\n'));
    toolchain.is_gcc = version.output.find("Free Software Foundation") != std::string::npos;
    // GCC chosen anyway (--cxx, $CXX, no clang): without its value-range propagation, which
    // miscompiled `0 // (round(x) // n)` (test/random_programs/test_miscompiles.py).
    if (toolchain.is_gcc) toolchain.command.push_back("-fno-tree-vrp");
    // clang stops at 256 nested brackets; sema accepts expressions nested up to its own limit
    // (a 2,000-term `and` chain), and code that `pycxx check` accepts must build.
    if (version.output.find("clang version") != std::string::npos) toolchain.command.push_back("-fbracket-depth=65536");
  } else {
    // Not fatal: a compiler wrapper may refuse --version; the key then holds the path only.
    toolchain.version = "unknown (--version failed)";
  }
  return toolchain;
}

std::vector<std::string> codegen_flags(const DriverOptions& options) {
  std::string level = options.opt;
  if (level.rfind("-O", 0) == 0) level = level.substr(2);
  else if (level.rfind("O", 0) == 0) level = level.substr(1);
  if (level != "0" && level != "1" && level != "2" && level != "3" && level != "s" && level != "g") {
    throw UserError("--opt='" + options.opt + "' is not an optimisation level: use 0, 1, 2, 3, s or g");
  }
  // -ffp-contract=off: no fused multiply-add, so float results have CPython's bits.
  // -fvisibility=hidden: only PyInit_<module> is exported.
  std::vector<std::string> flags = {"-std=c++20", "-shared", "-fPIC", "-fvisibility=hidden",
                                    "-ffp-contract=off", "-O" + level, "-DNDEBUG"};
  if (options.arch == "portable") {
    // The compiler's default target: what a wheel for other machines needs.
  } else if (options.arch.empty() || options.arch.find_first_of(" \t=") != std::string::npos) {
    throw UserError("--arch='" + options.arch + "' is not valid: use native, portable or a -march value");
  } else {
    flags.push_back("-march=" + options.arch);
  }
  return flags;
}

}  // namespace pycxx
