// build_module (see module_builder.hpp).
#include "compiler/driver/module_builder.hpp"

#include <fmt/format.h>

#include "compiler/driver/file_ops.hpp"
#include "compiler/driver/precompiled_header.hpp"
#include "compiler/driver/sha256.hpp"
#include "compiler/driver/subprocess.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

// The key holds what the include folders contain, not where they are: pip's build isolation
// installs pycxx (and numpy, when a package builds against it) into a new temporary folder for
// every build, and a CI's second build of an unchanged package must still find its modules.
std::string cache_key(const BuildContext& context, const GeneratedModule& generated) {
  Sha256 hash;
  hash.field("pycxx " PYCXX_VERSION_STRING);
  hash.field(generated.cpp);
  for (const std::string& word : context.toolchain.command) hash.field(word);
  hash.field(context.toolchain.version);
  for (const std::string& flag : context.flags) hash.field(flag);
  hash.field(context.python.include_dir);
  hash.field(context.headers_fingerprint);
  if (generated.uses_numpy) hash.field(context.numpy_fingerprint);
  hash.field(context.python.ext_suffix);
  return hash.hex_digest();
}

std::string quote_command(const std::vector<std::string>& argv) {
  std::string line;
  for (const std::string& word : argv) {
    if (!line.empty()) line += ' ';
    line += word.find_first_of(" \t'\"") == std::string::npos ? word : "'" + word + "'";
  }
  return line;
}

}  // namespace

std::vector<std::string> include_flags(const HeaderRoots& headers, const PythonConfig& python, bool uses_numpy) {
  std::vector<std::string> flags = {"-I" + headers.runtime.string(), "-I" + headers.shims.string(), "-isystem",
                                    python.include_dir};
  if (uses_numpy) {
    flags.push_back("-isystem");
    flags.push_back(python.numpy_include);
  }
  return flags;
}

ModuleOutcome build_module(const BuildContext& context, const ModuleJob& job, Progress& progress) {
  const GeneratedModule& generated = job.generated;
  const std::string& name = generated.module_name;
  if (generated.uses_numpy && context.python.numpy_include.empty()) {
    return {ExitStatus::UserError, fmt::format("pycxx: error: {}: the module uses numpy, which is not installed for {}\n",
                                               job.source_path, context.python.interpreter)};
  }
  std::vector<std::string> includes = include_flags(context.headers, context.python, generated.uses_numpy);
  std::string key = cache_key(context, generated);
  fs::path module_out = job.output_dir / (name + context.python.ext_suffix);

  if (auto cached = context.cache.lookup(key, context.python.ext_suffix)) {
    progress.step(job.index, job.total, name, "up to date (cached)");
    progress.detail(fmt::format("pycxx: {}: cache hit {}", name, cached->string()));
    copy_file_atomically(*cached, module_out);
    write_file_atomically(job.output_dir / (name + ".pyi"), generated.pyi);
    return {};
  }

  fs::path work = context.cache.work_dir(name, key);
  fs::path cpp_file = work / (name + ".cpp");
  fs::path log_file = work / (name + ".log");
  fs::path built = work / (name + context.python.ext_suffix);
  write_file_atomically(cpp_file, generated.cpp);

  std::vector<std::string> compile_args = context.flags;
  compile_args.insert(compile_args.end(), includes.begin(), includes.end());
  std::vector<std::string> argv = context.toolchain.command;
  argv.insert(argv.end(), compile_args.begin(), compile_args.end());
  if (auto pch = precompiled_prelude(context, compile_args, generated_prelude(generated.cpp), progress)) {
    argv.insert(argv.end(), {"-Winvalid-pch", "-include", pch->string()});
  }
  argv.insert(argv.end(), {cpp_file.string(), "-o", built.string()});
  progress.step(job.index, job.total, name, "compiling C++");
  progress.detail("pycxx: " + quote_command(argv));
  ProcessResult run = run_process(argv, log_file.string());

  std::error_code ec;
  if (!run.started) {
    return {ExitStatus::UserError, fmt::format("pycxx: error: cannot run the C++ compiler '{}': {}\n",
                                               context.toolchain.command[0], run.error)};
  }
  if (run.exit_code != 0 || !fs::is_regular_file(built, ec)) {
    return {ExitStatus::InternalError,
            fmt::format("pycxx: internal error: the C++ compiler failed (exit status {}) on the code generated for {}\n"
                        "  generated C++: {}\n"
                        "  compiler log:  {}\n"
                        "  this is a bug in pycxx: please report it with {} and these two files\n",
                        run.exit_code, job.source_path, cpp_file.string(), log_file.string(), job.source_path)};
  }
  fs::path cached = context.cache.store(key, context.python.ext_suffix, built);
  copy_file_atomically(cached, module_out);
  write_file_atomically(job.output_dir / (name + ".pyi"), generated.pyi);
  fs::remove_all(work, ec);  // kept only when the compile failed
  return {};
}

}  // namespace pycxx
