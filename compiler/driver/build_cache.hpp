// The build cache: compiled extension modules kept under a key that hashes everything the
// compile depends on (generated C++, compiler path and version, flags, include folders and the
// runtime/shim headers' contents). A hit copies the cached module instead of compiling, so
// a CI job with a shared cache skips every compile whose inputs did not change.
//   <cache>/modules/<key><EXT_SUFFIX>   compiled modules
//   <cache>/work/<module>-<key>-<pid>.<n>/  the C++ file and compiler log of a compile; kept on failure
//   <cache>/python/                     remembered interpreter answers (python_config.cpp)
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "compiler/driver/driver_options.hpp"

namespace pycxx {

// --cache-dir, else $PYCXX_CACHE_DIR, else $XDG_CACHE_HOME/pycxx, else ~/.cache/pycxx. Created if missing.
std::filesystem::path resolve_cache_dir(const DriverOptions& options);

// A content hash of every file under `folder` (paths and bytes, in sorted order; __pycache__
// folders left out): headers that change make a new key even when the pycxx version did not.
std::string fingerprint_tree(const std::filesystem::path& folder);

class BuildCache {
 public:
  explicit BuildCache(std::filesystem::path root) : root_(std::move(root)) {}
  const std::filesystem::path& root() const { return root_; }

  // The cached module for `key`, if there is one.
  std::optional<std::filesystem::path> lookup(const std::string& key, const std::string& ext_suffix) const;
  // Moves a freshly compiled module into the cache; returns where it now is.
  std::filesystem::path store(const std::string& key, const std::string& ext_suffix, const std::filesystem::path& built) const;
  // A fresh folder for one compile, unique to this process and call.
  std::filesystem::path work_dir(const std::string& module, const std::string& key) const;

 private:
  std::filesystem::path root_;
};

}  // namespace pycxx
