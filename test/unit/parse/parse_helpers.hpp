// Helpers shared by the parser's unit tests: lex or parse a snippet held in memory.
#pragma once

#include <string>
#include <vector>

#include "compiler/lex/lexer.hpp"
#include "compiler/parse/parser.hpp"

namespace pycxx::test {

// The kinds of the tokens of `text`, without the final EndMarker.
inline std::vector<TokenKind> token_kinds(const std::string& text) {
  LexResult result = Lexer(text).run();
  std::vector<TokenKind> kinds;
  for (const Token& t : result.tokens)
    if (t.kind != TokenKind::EndMarker) kinds.push_back(t.kind);
  return kinds;
}

// A parsed snippet: the tree (null on a syntax error) and the diagnostics.
struct Parsed {
  SourceFile file;
  ast::AstContext context;
  DiagnosticEmitter diagnostics{file};
  ast::Module* module = nullptr;

  explicit Parsed(std::string text) : file("mod.py", std::move(text)) { module = parse_module(file, context, diagnostics); }
  std::string json() const { return module ? ast_to_json(*module) : std::string(); }
  // "line:column: message" of the first diagnostic (column 1-based, as printed).
  std::string error() const {
    if (diagnostics.diagnostics().empty()) return "";
    const Diagnostic& d = diagnostics.diagnostics().front();
    return std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column + 1) + ": " + d.message;
  }
};

}  // namespace pycxx::test
