// The whole compiler as one call: parse -> sema -> lower -> opt -> emit. Every phase runs
// as far as it can so that one run reports all of a file's diagnostics; the IR is verified
// after lowering and after each pass in debug builds (a failure is an internal error).
// Neighbours: compile_module.hpp (the interface the driver calls).
#include "compiler/pipeline/compile_module.hpp"

#include <stdexcept>

#include "compiler/emit/emitter.hpp"
#include "compiler/lower/lower.hpp"
#include "compiler/opt/passes.hpp"
#include "compiler/parse/parser.hpp"
#include "compiler/sema/check_syntax_rules.hpp"
#include "compiler/sema/sema.hpp"

namespace pycxx {
namespace {

void verify(const ir::Module& module, std::string_view after) {
#ifndef NDEBUG
  std::vector<std::string> problems = ir::verify_module(module);
  if (!problems.empty())
    throw std::logic_error(fmt::format("IR verification failed after {}: {}", after, problems.front()));
#else
  (void)module;
  (void)after;
#endif
}

}  // namespace

std::optional<GeneratedModule> compile_module(const SourceFile& file, DiagnosticEmitter& diagnostics,
                                              const CompileOptions& options) {
  ast::AstContext context;
  ast::Module* module = parse_module(file, context, diagnostics);
  if (!module || !check_syntax_rules(*module, diagnostics)) return std::nullopt;
  std::unique_ptr<ModuleSema> sema = analyze_module(*module, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;

  std::unique_ptr<ir::Module> ir = lower_module(*sema, file);
  verify(*ir, "lowering");
  for (const Pass& pass : all_passes()) {
    pass.run(*ir);
    verify(*ir, pass.name);
  }

  GeneratedModule result;
  result.module_name = file.module_name();
  if (options.print_ir) result.ir = ir::print_module(*ir);
  result.cpp = emit_cpp(*ir, EmitOptions{options.line_directives});
  result.pyi = emit_pyi(*ir);
  result.uses_numpy = module_uses_numpy(*ir);
  return result;
}

}  // namespace pycxx
