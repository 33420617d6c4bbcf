// `pycxx build FILE... [-o DIR] [-j N]`: the front end runs file by file (diagnostics in a stable
// order), then the C++ compiles of the error-free modules run N at a time. A file with errors
// does not stop the others from building; the exit status is the worst of all.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include "compiler/driver/commands.hpp"
#include "compiler/driver/diagnostics_output.hpp"
#include "compiler/driver/front_end.hpp"
#include "compiler/driver/module_builder.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

fs::path output_dir_for(const BuildOptions& build, const std::string& source_path) {
  fs::path dir = build.output_dir.empty() ? fs::path(source_path).parent_path() : fs::path(build.output_dir);
  if (dir.empty()) dir = ".";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) throw UserError("cannot create the output folder '" + dir.string() + "'");
  return dir;
}

BuildContext make_context(const DriverOptions& options, bool uses_numpy) {
  fs::path cache_dir = resolve_cache_dir(options);
  CxxToolchain toolchain = find_cxx_toolchain(options);
  std::vector<std::string> flags = codegen_flags(options);
  PythonConfig python = query_python_config(options, cache_dir);
  HeaderRoots headers = find_header_roots();
  std::string fingerprint = fingerprint_tree(headers.runtime) + fingerprint_tree(headers.shims);
  std::string numpy = uses_numpy && !python.numpy_include.empty() ? fingerprint_tree(python.numpy_include) : "";
  return BuildContext{std::move(toolchain), std::move(flags), std::move(python), std::move(headers),
                      std::move(fingerprint), std::move(numpy), BuildCache(cache_dir)};
}

// One job's outcome, with exceptions from file writes turned into outcomes (a worker thread must not throw).
ModuleOutcome run_job(const BuildContext& context, const ModuleJob& job, Progress& progress) {
  try {
    return build_module(context, job, progress);
  } catch (const UserError& e) {
    return {ExitStatus::UserError, fmt::format("pycxx: error: {}\n", e.what())};
  } catch (const std::exception& e) {
    return {ExitStatus::InternalError, fmt::format("pycxx: internal error: {}: {}\n", job.source_path, e.what())};
  }
}

}  // namespace

ExitStatus run_build(const DriverOptions& options, const BuildOptions& build) {
  codegen_flags(options);  // a bad --opt/--arch is reported before any work
  Progress progress(options.verbose);
  DiagnosticsOutput output(options.diagnostics_format);
  std::vector<ModuleJob> jobs;
  for (std::size_t i = 0; i < build.files.size(); ++i) {
    const std::string& path = build.files[i];
    progress.step(i + 1, build.files.size(), fs::path(path).stem().string(), "generating C++");
    FrontEndResult result = run_front_end(path);
    output.add(*result.source.diagnostics);
    if (result.generated) {
      fs::path out = output_dir_for(build, path);
      for (const ModuleJob& other : jobs) {
        if (other.generated.module_name == result.generated->module_name && fs::equivalent(other.output_dir, out)) {
          throw UserError("'" + other.source_path + "' and '" + path + "' would both write module '" +
                          other.generated.module_name + "' to '" + out.string() + "'");
        }
      }
      jobs.push_back(ModuleJob{path, std::move(*result.generated), out, i + 1, build.files.size()});
    }
  }
  output.finish();
  ExitStatus status = output.had_errors() ? ExitStatus::UserError : ExitStatus::Ok;
  if (jobs.empty()) return status;

  bool uses_numpy = std::any_of(jobs.begin(), jobs.end(), [](const ModuleJob& job) { return job.generated.uses_numpy; });
  BuildContext context = make_context(options, uses_numpy);
  std::vector<ModuleOutcome> outcomes(jobs.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < jobs.size();) {
      outcomes[i] = run_job(context, jobs[i], progress);
      if (!outcomes[i].report.empty()) progress.message(outcomes[i].report);
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(build.jobs, static_cast<unsigned>(jobs.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (const ModuleOutcome& outcome : outcomes) status = worst(status, outcome.status);
  return status;
}

}  // namespace pycxx
