// resolve_cache_dir, fingerprint_tree and BuildCache (see build_cache.hpp).
#include "compiler/driver/build_cache.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <vector>

#include "compiler/driver/exit_status.hpp"
#include "compiler/driver/file_ops.hpp"
#include "compiler/driver/sha256.hpp"

namespace pycxx {
namespace fs = std::filesystem;

fs::path resolve_cache_dir(const DriverOptions& options) {
  fs::path dir;
  auto env = [](const char* name) -> const char* {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
  };
  if (!options.cache_dir.empty()) dir = options.cache_dir;
  else if (const char* v = env("PYCXX_CACHE_DIR")) dir = v;
  else if (const char* v = env("XDG_CACHE_HOME")) dir = fs::path(v) / "pycxx";
  else if (const char* v = env("HOME")) dir = fs::path(v) / ".cache" / "pycxx";
  else dir = fs::temp_directory_path() / ("pycxx-cache-" + std::to_string(::getuid()));
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) {
    throw UserError("cannot create the cache folder '" + dir.string() + "' (set --cache-dir or $PYCXX_CACHE_DIR)");
  }
  return fs::absolute(dir);
}

std::string fingerprint_tree(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(folder, ec)) {
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      // Python's byte code is no header, and holds the path it was compiled at: pip compiles the
      // runtime's generator scripts wherever it installs them (a new folder per isolated build).
      if (it->is_directory(ec) && it->path().filename() == "__pycache__") it.disable_recursion_pending();
      else if (it->is_regular_file(ec)) files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  Sha256 hash;
  for (const fs::path& file : files) {
    hash.field(fs::relative(file, folder).string());
    hash.field(read_whole_file(file).value_or(""));
  }
  return hash.hex_digest();
}

std::optional<fs::path> BuildCache::lookup(const std::string& key, const std::string& ext_suffix) const {
  fs::path cached = root_ / "modules" / (key + ext_suffix);
  std::error_code ec;
  if (fs::is_regular_file(cached, ec)) return cached;
  return std::nullopt;
}

fs::path BuildCache::store(const std::string& key, const std::string& ext_suffix, const fs::path& built) const {
  fs::path cached = root_ / "modules" / (key + ext_suffix);
  std::error_code ec;
  fs::create_directories(cached.parent_path(), ec);
  // copy + rename, not rename alone: the work folder may sit on another file system than a
  // shared cache, and a concurrent reader must never see a half-written module.
  copy_file_atomically(built, cached);
  return cached;
}

fs::path BuildCache::work_dir(const std::string& module, const std::string& key) const {
  // pid and a counter: two runs (or two -j jobs) compiling the same code never share a folder.
  static std::atomic<unsigned> counter{0};
  fs::path dir = root_ / "work" / (module + "-" + key.substr(0, 16) + "-" + std::to_string(::getpid()) + "." + std::to_string(counter++));
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) throw UserError("cannot create the build folder '" + dir.string() + "': " + ec.message());
  return dir;
}

}  // namespace pycxx
