// Simple statements: expression statements and every kind of assignment, return, raise,
// pass/break/continue, del, assert, global/nonlocal and the two import forms.
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

void Parser::statement(StmtList& out) {
  switch (kind()) {
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::At:
    case TokenKind::KwAsync:
      out.push_back(compound_statement());
      return;
    case TokenKind::Name:
      if (at_match_statement()) {
        out.push_back(match_statement());
        return;
      }
      break;
    case TokenKind::Indent:
    case TokenKind::Dedent:
    case TokenKind::Error:
      invalid_syntax();
    default:
      break;
  }
  simple_statements(out);
}

void Parser::simple_statements(StmtList& out) {
  while (true) {
    out.push_back(simple_statement());
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (!at(TokenKind::Newline)) {
    // Python 2's print and exec statements get CPython's hint.
    if (auto* stmt = dyn_cast<ExprStmt>(out.back())) {
      if (auto* name = dyn_cast<Name>(stmt->value); name && (name->id == "print" || name->id == "exec") && !at(TokenKind::Error))
        fail(stmt->range, fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", name->id, name->id));
    }
    invalid_syntax();
  }
  advance();
}

StmtNode* Parser::simple_statement() {
  Index start = pos_;
  switch (kind()) {
    case TokenKind::KwPass:
      advance();
      return make<Pass>(start);
    case TokenKind::KwBreak:
      advance();
      return make<Break>(start);
    case TokenKind::KwContinue:
      advance();
      return make<Continue>(start);
    case TokenKind::KwReturn: {
      advance();
      ExprNode* value = nullptr;
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) value = star_expressions();
      auto* node = make<Return>(start);
      node->value = value;
      return node;
    }
    case TokenKind::KwRaise: {
      advance();
      ExprNode *exc = nullptr, *cause = nullptr;
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        exc = expression();
        if (accept(TokenKind::KwFrom)) cause = expression();
      }
      auto* node = make<Raise>(start);
      node->exc = exc;
      node->cause = cause;
      return node;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      bool global = at(TokenKind::KwGlobal);
      advance();
      IdentifierList names;
      do names.push_back(expect_name());
      while (accept(TokenKind::Comma));
      if (global) {
        auto* node = make<Global>(start);
        node->names = std::move(names);
        return node;
      }
      auto* node = make<Nonlocal>(start);
      node->names = std::move(names);
      return node;
    }
    case TokenKind::KwDel: {
      advance();
      ExprList targets;
      do {
        if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
        ExprNode* target = target_item();
        set_context(target, ExprContext::Del);
        targets.push_back(target);
      } while (accept(TokenKind::Comma));
      if (targets.empty()) invalid_syntax();
      auto* node = make<Delete>(start);
      node->targets = std::move(targets);
      return node;
    }
    case TokenKind::KwAssert: {
      advance();
      ExprNode* test = expression();
      ExprNode* msg = accept(TokenKind::Comma) ? expression() : nullptr;
      auto* node = make<Assert>(start);
      node->test = test;
      node->msg = msg;
      return node;
    }
    case TokenKind::KwImport:
      return import_statement();
    case TokenKind::KwFrom:
      return from_import_statement();
    default:
      return expression_statement();
  }
}

namespace {
// The operator of an augmented assignment token (operator_token.def).
bool aug_operator(TokenKind k, OperatorKind& op) {
#define PYCXX_AUGMENTED_TOKEN(Token, Operator) \
  if (k == TokenKind::Token) {                 \
    op = OperatorKind::Operator;               \
    return true;                               \
  }
#include "compiler/parse/operator_token.def"
  return false;
}
}  // namespace

StmtNode* Parser::expression_statement() {
  Index start = pos_;
  ExprNode* first = at(TokenKind::KwYield) ? yield_expression() : star_expressions();
  if (at(TokenKind::Colon)) {
    advance();
    ExprNode* annotation = expression();  // CPython names a bad target only after a good annotation
    if (first->kind == NodeKind::Tuple) fail(first->range, "only single target (not tuple) can be annotated");
    if (first->kind == NodeKind::List) fail(first->range, "only single target (not list) can be annotated");
    if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute && first->kind != NodeKind::Subscript)
      fail(first->range, "illegal target for annotation");
    set_context(first, ExprContext::Store);
    ExprNode* value = nullptr;
    if (accept(TokenKind::Equal)) value = at(TokenKind::KwYield) ? yield_expression() : star_expressions();
    auto* node = make<AnnAssign>(start);
    node->target = first;
    node->annotation = annotation;
    node->value = value;
    node->simple = first->kind == NodeKind::Name && tokens_[start].kind != TokenKind::LPar;
    return node;
  }
  OperatorKind op;
  if (aug_operator(kind(), op)) {
    if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute && first->kind != NodeKind::Subscript)
      fail(first->range, fmt::format("'{}' is an illegal expression for augmented assignment", describe_expression(first)));
    advance();
    set_context(first, ExprContext::Store);
    ExprNode* value = at(TokenKind::KwYield) ? yield_expression() : star_expressions();
    auto* node = make<AugAssign>(start);
    node->target = first;
    node->op = op;
    node->value = value;
    return node;
  }
  if (at(TokenKind::Equal)) {
    ExprList targets{first};
    ExprNode* value = nullptr;
    while (accept(TokenKind::Equal)) {
      if (at(TokenKind::Newline) || at(TokenKind::Semi)) {
        set_context(targets.back(), ExprContext::Store);  // `f() =` names the bad target first
        invalid_syntax();
      }
      value = at(TokenKind::KwYield) ? yield_expression() : star_expressions();
      if (at(TokenKind::Equal)) targets.push_back(value);
    }
    bool followed = !value || value->kind != NodeKind::Yield;
    for (ExprNode* target : targets) set_context(target, ExprContext::Store, followed);
    auto* node = make<Assign>(start);
    node->targets = std::move(targets);
    node->value = value;
    return node;
  }
  auto* node = make<ExprStmt>(start);
  node->value = first;
  return node;
}

StmtNode* Parser::import_statement() {
  Index start = pos_;
  advance();
  AliasList names;
  do {
    Index alias_start = pos_;
    std::string name = expect_name();
    while (accept(TokenKind::Dot)) name += "." + expect_name();
    OptIdentifier asname;
    if (accept(TokenKind::KwAs)) asname = expect_name();
    auto* alias = make<Alias>(alias_start);
    alias->name = std::move(name);
    alias->asname = std::move(asname);
    names.push_back(alias);
  } while (accept(TokenKind::Comma));
  auto* node = make<Import>(start);
  node->names = std::move(names);
  return node;
}

StmtNode* Parser::from_import_statement() {
  Index start = pos_;
  advance();
  Int level = 0;
  while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) level += at(TokenKind::Dot) ? 1 : 3, advance();
  OptIdentifier module;
  if (level == 0 && at(TokenKind::KwImport)) invalid_syntax();
  if (!at(TokenKind::KwImport)) {
    std::string name = expect_name();
    while (accept(TokenKind::Dot)) name += "." + expect_name();
    module = std::move(name);
  }
  expect(TokenKind::KwImport);
  AliasList names;
  if (at(TokenKind::Star)) {
    Index alias_start = pos_;
    advance();
    auto* alias = make<Alias>(alias_start);
    alias->name = "*";
    names.push_back(alias);
  } else {
    bool paren = accept(TokenKind::LPar);
    while (true) {
      Index alias_start = pos_;
      std::string name = expect_name();
      OptIdentifier asname;
      if (accept(TokenKind::KwAs)) asname = expect_name();
      auto* alias = make<Alias>(alias_start);
      alias->name = std::move(name);
      alias->asname = std::move(asname);
      names.push_back(alias);
      if (!accept(TokenKind::Comma)) break;
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && (at(TokenKind::Newline) || at(TokenKind::Semi)))
        fail(tok().range(), "trailing comma not allowed without surrounding parentheses");
    }
    if (paren) expect(TokenKind::RPar);
  }
  auto* node = make<ImportFrom>(start);
  node->module = std::move(module);
  node->names = std::move(names);
  node->level = level;
  return node;
}

}  // namespace pycxx::parse
