// The parser's interface: a SourceFile in, a Module (or nothing, with diagnostics) out.
// Implemented in compiler/parse/ (recursive descent over compiler/lex's tokens).
#pragma once

#include <string>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/parse/ast.hpp"

namespace pycxx {

// Parses the whole file. A syntax error is reported to `diagnostics` as CPython reports it
// (the same message, line and column; like CPython, parsing stops at the first one);
// returns null when the file has one.
ast::Module* parse_module(const SourceFile& file, ast::AstContext& context, DiagnosticEmitter& diagnostics);

// The tree as JSON, field for field as CPython's `ast` (see docs/ast_json.md).
std::string ast_to_json(const ast::Module& module);

}  // namespace pycxx
