// The parser's interface: a SourceFile in, a Module (or nothing, with diagnostics) out.
// Implemented in compiler/parse/ (recursive descent over compiler/lex's tokens).
#pragma once

#include <string>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/parse/ast.hpp"

namespace pycxx {

// Parses the whole file. Syntax errors are reported to `diagnostics` (as many as can
// be found); returns null when the file has any.
ast::Module* parse_module(const SourceFile& file, ast::AstContext& context, DiagnosticEmitter& diagnostics);

// The tree as JSON, field for field as CPython's `ast` (see docs/ast_json.md).
std::string ast_to_json(const ast::Module& module);

}  // namespace pycxx
