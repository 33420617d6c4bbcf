// generated_prelude and precompiled_prelude (see precompiled_header.hpp).
#include "compiler/driver/precompiled_header.hpp"

#include <unistd.h>

#include <mutex>
#include <sstream>

#include "compiler/driver/file_ops.hpp"
#include "compiler/driver/module_builder.hpp"
#include "compiler/driver/sha256.hpp"
#include "compiler/driver/subprocess.hpp"

namespace pycxx {
namespace fs = std::filesystem;

std::string generated_prelude(const std::string& cpp) {
  std::istringstream in(cpp);
  std::string prelude;
  bool includes = false;
  bool in_block_comment = false;
  for (std::string line; std::getline(in, line);) {
    std::string_view text(line);
    text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
    if (in_block_comment) {
      in_block_comment = text.find("*/") == std::string_view::npos;
    } else if (text.rfind("/*", 0) == 0) {
      in_block_comment = text.find("*/") == std::string_view::npos;
    } else if (text.empty() || text.rfind("//", 0) == 0) {
      // Comments are left out: they may name the module, and the prelude is shared across modules.
    } else if (text.rfind("#include", 0) == 0 || text.rfind("#define", 0) == 0 ||
               (text.rfind("#pragma", 0) == 0 && text.find("once") == std::string_view::npos)) {
      includes = includes || text.rfind("#include", 0) == 0;
      prelude += line;
      prelude += '\n';
    } else {
      break;
    }
  }
  return includes ? prelude : std::string();
}

std::optional<fs::path> precompiled_prelude(const BuildContext& context, const std::vector<std::string>& compile_args,
                                            const std::string& prelude, Progress& progress) {
  if (!context.toolchain.is_gcc || prelude.empty()) return std::nullopt;
  // One at a time: -j jobs sharing a prelude wait for the first to build it, then use it.
  static std::mutex mutex;
  std::lock_guard lock(mutex);

  Sha256 hash;
  hash.field(prelude);
  for (const std::string& word : context.toolchain.command) hash.field(word);
  hash.field(context.toolchain.version);
  for (const std::string& arg : compile_args) hash.field(arg);
  hash.field(context.headers_fingerprint);
  std::string key = hash.hex_digest();
  fs::path root = context.cache.root() / "pch";
  fs::path dir = root / key;
  fs::path header = dir / "prelude.hpp";
  std::error_code ec;
  if (fs::is_regular_file(dir / "prelude.hpp.gch", ec)) return header;

  fs::path seen = root / (key + ".seen");
  if (!fs::exists(seen, ec)) {
    fs::create_directories(root, ec);
    try {
      write_file_atomically(seen, "");
    } catch (const std::exception&) {
    }
    return std::nullopt;
  }

  fs::path tmp = root / (key + ".tmp" + std::to_string(::getpid()));
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  try {
    write_file_atomically(tmp / "prelude.hpp", prelude);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::vector<std::string> argv = context.toolchain.command;
  for (const std::string& arg : compile_args) {
    if (arg != "-shared") argv.push_back(arg);
  }
  argv.insert(argv.end(), {"-x", "c++-header", (tmp / "prelude.hpp").string(), "-o", (tmp / "prelude.hpp.gch").string()});
  progress.detail("pycxx: precompiling the generated code's headers in " + dir.string());
  ProcessResult run = run_process(argv, (tmp / "prelude.log").string());
  if (!run.started || run.exit_code != 0) {
    progress.detail("pycxx: precompiling failed (see " + (tmp / "prelude.log").string() + "); compiling without");
    return std::nullopt;
  }
  fs::rename(tmp, dir, ec);  // another pycxx may have won the race: then its copy is used
  fs::remove_all(tmp, ec);
  return fs::is_regular_file(dir / "prelude.hpp.gch", ec) ? std::optional(header) : std::nullopt;
}

}  // namespace pycxx
