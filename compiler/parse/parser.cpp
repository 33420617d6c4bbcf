// parse_module: lex, parse, and turn the first syntax error into a diagnostic. Also the
// token cursor, the error helpers and the module/block rules of the Parser.
#include "compiler/parse/parser.hpp"

#include <fmt/format.h>

#include "compiler/parse/identifier.hpp"
#include "compiler/parse/parser_impl.hpp"

namespace pycxx {

ast::Module* parse_module(const SourceFile& file, ast::AstContext& context, DiagnosticEmitter& diagnostics) {
  LexResult lexed = Lexer(file.text()).run();
  parse::Parser parser(file.text(), std::move(lexed.tokens), context);
  parser.lex_error_ = std::move(lexed.error);
  try {
    return parser.module();
  } catch (const parse::SyntaxErrorException& error) {
    diagnostics.emit(error.kind, error.range, error.message);
    return nullptr;
  }
}

}  // namespace pycxx

namespace pycxx::parse {

const Token& Parser::advance() {
  const Token& t = tokens_[pos_];
  if (t.kind == TokenKind::Error) invalid_syntax();
  if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent) prev_end_ = t.end;
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

const Token& Parser::expect(TokenKind k) {
  if (!at(k)) {
    if (at(TokenKind::Error)) invalid_syntax();
    switch (k) {
      case TokenKind::Colon: fail_here("expected ':'");
      case TokenKind::Name: invalid_syntax();
      case TokenKind::Indent:
        fail(tok().range(), fmt::format("expected an indented block"), DiagnosticKind::InvalidIndentation);
      default: break;
    }
    if (k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace || k == TokenKind::Newline) invalid_syntax();
    fail_here(fmt::format("expected '{}'", token_kind_spelling(k)));
  }
  return advance();
}

std::string Parser::name_text(const Token& t) const {
  std::string_view s = text(t);
  if (!t.non_ascii) return std::string(s);
  return nfkc_identifier(s);
}

std::string Parser::expect_name() {
  if (!at(TokenKind::Name)) invalid_syntax();
  return name_text(advance());
}

void Parser::fail(SourceRange range, std::string message, DiagnosticKind kind) {
  if (in_fstring_ && !message.starts_with("f-string")) message = "f-string: " + message;
  throw SyntaxErrorException{kind, range, std::move(message)};
}

void Parser::invalid_syntax() {
  const Token& t = tok();
  if (lex_error_ && (t.kind == TokenKind::Error || t.kind == TokenKind::EndMarker ||
                     lex_error_->message.find("was never closed") != std::string::npos ||
                     lex_error_->kind == DiagnosticKind::InvalidIndentation ||
                     lex_error_->range.begin.line <= t.begin.line)) {
    fail(lex_error_->range, lex_error_->message, lex_error_->kind);
  }
  if (t.kind == TokenKind::Indent) {
    // CPython points at the last character of the indentation.
    SourceLoc at{t.begin.line, t.begin.column > 0 ? t.begin.column - 1 : 0};
    fail(SourceRange::at(at), "unexpected indent", DiagnosticKind::InvalidIndentation);
  }
  if (t.kind == TokenKind::Dedent) fail(t.range(), "unexpected unindent", DiagnosticKind::InvalidIndentation);
  if (t.kind == TokenKind::EndMarker) fail(t.range(), "unexpected EOF while parsing");
  fail(t.range(), "invalid syntax");
}

void Parser::enter() {
  // CPython gives up at about the same depth ("too many nested parentheses" in the
  // tokenizer, a recursion limit in the parser); pycxx must not overflow its stack.
  if (++depth_ > 1000) fail_here("too complex: nesting too deep");
}

ast::Module* Parser::module() {
  auto* mod = context_.make<ast::Module>();
  while (!at(TokenKind::EndMarker)) {
    if (at(TokenKind::Newline)) {
      advance();
      continue;
    }
    statement(mod->body);
  }
  if (lex_error_) fail(lex_error_->range, lex_error_->message, lex_error_->kind);
  return mod;
}

ast::StmtList Parser::block(std::string_view what, Index start) {
  ast::StmtList body;
  if (at(TokenKind::Newline)) {
    advance();
    if (!at(TokenKind::Indent)) {
      if (at(TokenKind::Error)) invalid_syntax();
      SourceLoc here = tok().begin;
      fail(SourceRange::at({here.line, 0}),
           fmt::format("expected an indented block after {} on line {}", what, tokens_[start].begin.line),
           DiagnosticKind::InvalidIndentation);
    }
    advance();
    Guard guard(*this);
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) statement(body);
    accept(TokenKind::Dedent);
  } else {
    simple_statements(body);
  }
  return body;
}

}  // namespace pycxx::parse
