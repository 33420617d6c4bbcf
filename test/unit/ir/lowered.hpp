// Test helper: parse, analyse and lower a source text, keeping every stage alive so tests
// can look at sema's tables and the IR. Used by the tests in this folder.
#pragma once

#include <memory>
#include <string>

#include "compiler/lower/lower.hpp"
#include "compiler/parse/parser.hpp"
#include "compiler/sema/sema.hpp"

namespace pycxx::test {

struct Lowered {
  explicit Lowered(std::string text) : file("mod.py", std::move(text)), diagnostics(file) {
    module = parse_module(file, context, diagnostics);
    if (!module) return;
    sema = analyze_module(*module, diagnostics);
    if (!diagnostics.has_errors()) ir = lower_module(*sema, file);
  }
  SourceFile file;
  DiagnosticEmitter diagnostics;
  ast::AstContext context;
  ast::Module* module = nullptr;
  std::unique_ptr<ModuleSema> sema;
  std::unique_ptr<ir::Module> ir;
};

}  // namespace pycxx::test
