// The SyntaxErrors CPython raises after parsing, from its symbol table and compiler
// (`break` outside a loop, duplicate parameters, `global` after use, assigning __debug__,
// `return`/`yield`/`await` outside a function), checked on the AST before sema; and the one
// int64 limit only the tree shows: 2**63 is a literal only as the operand of unary minus.
#pragma once

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/parse/ast.hpp"

namespace pycxx {

// Reports the first of CPython's compile-time SyntaxErrors (CPython stops there too) and
// returns false; also reports any 2**63 literal not negated (that one does not stop sema).
bool check_syntax_rules(ast::Module& module, DiagnosticEmitter& diagnostics);

}  // namespace pycxx
