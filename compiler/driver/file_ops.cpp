// Whole-file reads and atomic writes (see file_ops.hpp).
#include "compiler/driver/file_ops.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

#include "compiler/driver/exit_status.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

// Unique per process and call, so parallel jobs and concurrent pycxx runs never share one.
fs::path temporary_beside(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  return path.parent_path() / fmt::format(".{}.tmp{}.{}", path.filename().string(), ::getpid(), counter++);
}

}  // namespace

std::optional<std::string> read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void write_file_atomically(const fs::path& path, const std::string& bytes) {
  fs::path tmp = temporary_beside(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      std::error_code ignored;
      fs::remove(tmp, ignored);
      throw UserError(fmt::format("cannot write '{}'", path.string()));
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw UserError(fmt::format("cannot write '{}': {}", path.string(), ec.message()));
  }
}

void copy_file_atomically(const fs::path& from, const fs::path& to) {
  fs::path tmp = temporary_beside(to);
  std::error_code ec;
  fs::copy_file(from, tmp, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(tmp, to, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw UserError(fmt::format("cannot write '{}': {}", to.string(), ec.message()));
  }
}

}  // namespace pycxx
