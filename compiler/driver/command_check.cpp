// `pycxx check FILE...`: every diagnostic of every file, no C++ compile (fast: for editors and CI).
#include "compiler/driver/commands.hpp"
#include "compiler/driver/diagnostics_output.hpp"
#include "compiler/driver/front_end.hpp"

namespace pycxx {

ExitStatus run_check(const DriverOptions& options, const CheckOptions& check) {
  DiagnosticsOutput output(options.diagnostics_format);
  for (const std::string& path : check.files) {
    FrontEndResult result = run_front_end(path, CompileOptions{}, /*require_module_name=*/false);
    output.add(*result.source.diagnostics);
  }
  output.finish();
  return output.had_errors() ? ExitStatus::UserError : ExitStatus::Ok;
}

}  // namespace pycxx
