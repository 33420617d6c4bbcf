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
  if (t.kind == TokenKind::Error) fail_lex();
  if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent) prev_end_ = t.end;
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

const Token& Parser::expect(TokenKind k) {
  if (!at(k)) {
    if (k == TokenKind::Colon && at(TokenKind::Newline)) fail_here("expected ':'");
    invalid_syntax();
  }
  return advance();
}

const Token& Parser::expect_forced(TokenKind k) {
  if (!at(k)) {
    if (at(TokenKind::Error)) fail_lex();
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
  // CPython tokenizes the rest of the file after a syntax error: a tokenizer error there
  // wins (unless the tokenizer leaves it to the parser: see LexError::overrides_parser),
  // and so does a bracket left open at the end when opened on a line before the error.
  if (lex_error_) {
    if (lex_error_->unclosed_bracket ? tokens_[furthest_].begin.line > lex_error_->range.begin.line
                                     : lex_error_->overrides_parser)
      fail_lex();
  }
  if (in_fstring_ && !message.starts_with("f-string")) message = "f-string: " + message;
  throw SyntaxErrorException{kind, range, std::move(message)};
}

void Parser::fail_lex() {
  std::string message = lex_error_ ? lex_error_->message : "invalid syntax";
  if (in_fstring_ && !message.starts_with("f-string")) message = "f-string: " + message;
  if (!lex_error_) throw SyntaxErrorException{DiagnosticKind::SyntaxError, tok().range(), std::move(message)};
  throw SyntaxErrorException{lex_error_->kind, lex_error_->range, std::move(message)};
}

void Parser::invalid_syntax() {
  const Token& t = tok();
  if (t.kind == TokenKind::Error) fail_lex();
  forgotten_comma();
  if (t.kind == TokenKind::Indent) {
    // CPython points at the last character of the indentation.
    // Not overridden by later lexer errors, as in CPython.
    SourceLoc at{t.begin.line, t.begin.column > 0 ? t.begin.column - 1 : 0};
    throw SyntaxErrorException{DiagnosticKind::InvalidIndentation, SourceRange::at(at), "unexpected indent"};
  }
  if (t.kind == TokenKind::Dedent)
    throw SyntaxErrorException{DiagnosticKind::InvalidIndentation, t.range(), "unexpected unindent"};
  if (t.kind == TokenKind::EndMarker) fail(t.range(), "unexpected EOF while parsing");
  // Like CPython, the generic error is placed at the furthest token the parser looked at.
  fail(tokens_[std::max(pos_, furthest_)].range(), "invalid syntax");
}

void Parser::forgotten_comma() {
  // Two expressions side by side inside brackets: CPython suggests the missing comma.
  if (last_disjunction_end_ != pos_ || last_disjunction_start_ >= pos_ || tok().depth == 0) return;
  const Token& first = tokens_[last_disjunction_start_];
  bool single = last_disjunction_start_ + 1 == pos_;
  if (single && first.kind == TokenKind::Name) {
    std::string_view word = text(first);
    if (at(TokenKind::String) || word == "match" || word == "case" || word == "_" || word == "print" || word == "exec")
      return;
  }
  if (!starts_expression(kind()) || at(TokenKind::Star)) return;
  Index saved = pos_, a = last_disjunction_start_;
  SourceLoc saved_end = prev_end_;
  std::size_t saved_furthest = furthest_;
  bool second = false;
  try {
    expression();
    second = true;
  } catch (const SyntaxErrorException&) {
  }
  SourceRange range{tokens_[a].begin, prev_end_};
  pos_ = saved;
  prev_end_ = saved_end;
  furthest_ = saved_furthest;
  if (second) fail(range, "invalid syntax. Perhaps you forgot a comma?");
}

void Parser::enter() {
  // CPython gives up at about the same depth ("too many nested parentheses" in the
  // tokenizer, a recursion limit in the parser); pycxx must not overflow its stack.
  if (++depth_ > kMaxDepth / 2) fail_here("too many nested expressions");
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
      fail(SourceRange::at(tok().begin),
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
