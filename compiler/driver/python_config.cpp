// query_python_config (see python_config.hpp).
#include "compiler/driver/python_config.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "compiler/driver/exit_status.hpp"
#include "compiler/driver/file_ops.hpp"
#include "compiler/driver/sha256.hpp"
#include "compiler/driver/subprocess.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

// One value a line; numpy is optional (only modules that use arrays need it).
constexpr const char* kQuery = R"PY(import sys, sysconfig
print("%d.%d" % sys.version_info[:2])
print(sysconfig.get_paths()["include"])
print(sysconfig.get_config_var("EXT_SUFFIX") or "")
try:
    import numpy
    print(numpy.get_include())
except Exception:
    print("")
)PY";

constexpr std::size_t kFields = 4;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string resolve_interpreter(const DriverOptions& options) {
  std::string name = options.python;
  if (name.empty()) {
    const char* env = std::getenv("PYCXX_PYTHON");
    name = env && *env ? env : "python3";
  }
  auto found = find_program(name);
  if (!found) throw UserError("Python interpreter '" + name + "' not found; name one with --python or $PYCXX_PYTHON");
  return *found;
}

bool starts_with_shebang(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[2] = {};
  return in.read(head, 2) && head[0] == '#' && head[1] == '!';
}

}  // namespace

PythonConfig query_python_config(const DriverOptions& options, const fs::path& cache_dir) {
  PythonConfig config;
  config.interpreter = resolve_interpreter(options);

  struct stat st {};
  ::stat(config.interpreter.c_str(), &st);
  std::string identity = fmt::format("{} {} {}.{}", config.interpreter, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  // A script (a pyenv shim, a wrapper) picks its real interpreter from the environment, so
  // the variables such wrappers read are part of its identity.
  for (const char* name : {"PYENV_VERSION", "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONHOME", "PYTHONPATH"}) {
    if (const char* value = std::getenv(name)) identity += fmt::format(" {}={}", name, value);
  }
  if (starts_with_shebang(config.interpreter)) {
    identity += " cwd=" + fs::current_path().string();  // pyenv's .python-version is looked up from here
  }
  identity = Sha256().field(identity).hex_digest();  // one line, whatever the variables hold
  fs::path memo = cache_dir / "python" / (identity.substr(0, 24) + ".txt");

  std::vector<std::string> lines;
  if (auto text = read_whole_file(memo)) {
    lines = split_lines(*text);
    if (lines.size() != kFields + 1 || lines[0] != identity) lines.clear();
    else lines.erase(lines.begin());
  }
  if (lines.empty()) {
    ProcessResult run = run_process({config.interpreter, "-c", kQuery});
    if (!run.started) throw UserError("cannot run Python interpreter '" + config.interpreter + "': " + run.error);
    lines = split_lines(run.output);
    if (run.exit_code != 0 || lines.size() != kFields) {
      throw UserError("Python interpreter '" + config.interpreter + "' did not answer pycxx's sysconfig query");
    }
    std::error_code ec;
    fs::create_directories(memo.parent_path(), ec);
    std::string text = identity + "\n";
    for (const std::string& line : lines) text += line + "\n";
    try {
      write_file_atomically(memo, text);
    } catch (const UserError&) {
      // A read-only cache only costs the next build one subprocess.
    }
  }
  config.version = lines[0];
  config.include_dir = lines[1];
  config.ext_suffix = lines[2];
  config.numpy_include = lines[3];
  if (config.ext_suffix.empty()) throw UserError("Python interpreter '" + config.interpreter + "' reports no EXT_SUFFIX");
  std::error_code ec;
  if (!fs::exists(fs::path(config.include_dir) / "Python.h", ec)) {
    throw UserError(fmt::format("Python.h not found in '{}' (the headers of Python {} for {}): install them "
                                "(Debian: apt-get install python3-dev)",
                                config.include_dir, config.version, config.interpreter));
  }
  return config;
}

}  // namespace pycxx
