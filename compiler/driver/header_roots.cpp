// find_header_roots (see header_roots.hpp).
#include "compiler/driver/header_roots.hpp"

#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/driver/exit_status.hpp"

namespace pycxx {
namespace fs = std::filesystem;

fs::path executable_path() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self;
}

HeaderRoots find_header_roots() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("PYCXX_INCLUDE_DIR"); env && *env) candidates.emplace_back(env);
  if (fs::path self = executable_path(); !self.empty()) candidates.push_back(self.parent_path().parent_path() / "share" / "pycxx");
  candidates.emplace_back(PYCXX_SOURCE_TREE);

  std::string looked;
  for (const fs::path& root : candidates) {
    std::error_code ec;
    // stdlib_shims/ may be absent in an install made before any shim existed: -I of a missing
    // folder is harmless, so only the runtime decides.
    if (fs::exists(root / "runtime" / "pycxx" / "errors.hpp", ec)) {
      return HeaderRoots{root / "runtime", root / "stdlib_shims"};
    }
    looked += "\n  " + root.string();
  }
  throw InternalError("cannot find the pycxx runtime headers (runtime/pycxx/errors.hpp); looked in:" +
                      looked + "\nset PYCXX_INCLUDE_DIR to the folder that holds them, or reinstall pycxx");
}

}  // namespace pycxx
