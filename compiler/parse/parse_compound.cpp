// Compound statements: if/while/for/with/try, function and class definitions with their
// decorators, and the async forms. A compound statement's range runs from its first
// keyword (not its decorators, as in CPython 3.8+) to the end of its last block.
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

StmtNode* Parser::compound_statement() {
  Index start = pos_;
  switch (kind()) {
    case TokenKind::KwIf: return if_statement(start);
    case TokenKind::KwWhile: return while_statement();
    case TokenKind::KwFor: return for_statement(start, false);
    case TokenKind::KwTry: return try_statement();
    case TokenKind::KwWith: return with_statement(start, false);
    case TokenKind::KwDef: return function_def(start, false, {});
    case TokenKind::KwClass: return class_def(start, {});
    case TokenKind::At: return decorated();
    case TokenKind::KwAsync:
      advance();
      if (at(TokenKind::KwDef)) return function_def(start, true, {});
      if (at(TokenKind::KwFor)) return for_statement(start, true);
      if (at(TokenKind::KwWith)) return with_statement(start, true);
      invalid_syntax();
    default:
      invalid_syntax();
  }
}

StmtNode* Parser::if_statement(Index start) {
  Guard guard(*this);
  // Each `elif` is an If nested in the orelse of the one before (CPython's tree), but the
  // chain is read in a loop: it is not nesting in the source, so it costs no parser stack;
  // only the tree's depth is counted, as for `a + b + c` (CPython reads 2,500 branches).
  struct Link {
    Index start;
    ExprNode* test;
    StmtList body;
  };
  std::vector<Link> links;
  int chain = 0;
  while (true) {
    bool is_elif = at(TokenKind::KwElif);
    if (is_elif) deepen(chain);
    Index link_start = pos_;
    advance();  // `if` or `elif`
    ExprNode* test = named_expression();
    expect(TokenKind::Colon);
    StmtList body = block(is_elif ? "'elif' statement" : "'if' statement", link_start);
    links.push_back({links.empty() ? start : link_start, test, std::move(body)});
    if (!at(TokenKind::KwElif)) break;
  }
  StmtList orelse;
  if (at(TokenKind::KwElse)) {
    Index else_start = pos_;
    advance();
    expect_forced(TokenKind::Colon);
    orelse = block("'else' statement", else_start);
  }
  // Every If of the chain ends where the last block ends.
  StmtNode* node = nullptr;
  for (auto link = links.rbegin(); link != links.rend(); ++link) {
    auto* made = make<If>(link->start);
    made->test = link->test;
    made->body = std::move(link->body);
    made->orelse = node ? StmtList{node} : std::move(orelse);
    node = made;
  }
  return node;
}

StmtNode* Parser::while_statement() {
  Index start = pos_;
  advance();
  ExprNode* test = named_expression();
  expect(TokenKind::Colon);
  StmtList body = block("'while' statement", start);
  StmtList orelse;
  if (at(TokenKind::KwElse)) {
    Index else_start = pos_;
    advance();
    expect_forced(TokenKind::Colon);
    orelse = block("'else' statement", else_start);
  }
  auto* node = make<While>(start);
  node->test = test;
  node->body = std::move(body);
  node->orelse = std::move(orelse);
  return node;
}

StmtNode* Parser::for_statement(Index start, bool is_async) {
  expect(TokenKind::KwFor);
  ExprNode* target = star_targets(false);
  expect(TokenKind::KwIn);
  ExprNode* iter = star_expressions();
  expect_forced(TokenKind::Colon);
  StmtList body = block("'for' statement", start);
  StmtList orelse;
  if (at(TokenKind::KwElse)) {
    Index else_start = pos_;
    advance();
    expect_forced(TokenKind::Colon);
    orelse = block("'else' statement", else_start);
  }
  auto fill = [&](auto* node) {
    node->target = target;
    node->iter = iter;
    node->body = std::move(body);
    node->orelse = std::move(orelse);
    return node;
  };
  if (is_async) return fill(make<AsyncFor>(start));
  return fill(make<For>(start));
}

StmtNode* Parser::with_statement(Index start, bool is_async) {
  expect(TokenKind::KwWith);
  WithItemList items;
  auto item = [&]() {
    ExprNode* context = expression();
    ExprNode* vars = nullptr;
    if (accept(TokenKind::KwAs)) {
      vars = target_item();
      if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) invalid_syntax();
      set_context(vars, ExprContext::Store);
    }
    auto* with_item = context_.make<WithItem>();
    with_item->context_expr = context;
    with_item->optional_vars = vars;
    return with_item;
  };
  bool done = false;
  if (at(TokenKind::LPar)) {
    // `with (a as b, c):` is a parenthesised list of items; `with (a, b) as c:` is not:
    // try the first reading and fall back, as CPython's grammar does.
    Index saved = pos_;
    SourceLoc saved_end = prev_end_;
    std::size_t saved_furthest = furthest_;
    try {
      advance();
      WithItemList tried;
      while (true) {
        tried.push_back(item());
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::RPar)) break;
      }
      if (accept(TokenKind::RPar) && at(TokenKind::Colon)) {
        items = std::move(tried);
        done = true;
      }
    } catch (const SyntaxErrorException&) {
    }
    if (!done) {
      pos_ = saved;
      prev_end_ = saved_end;
      furthest_ = saved_furthest;
    }
  }
  if (!done) {
    do items.push_back(item());
    while (accept(TokenKind::Comma));
  }
  expect(TokenKind::Colon);
  StmtList body = block("'with' statement", start);
  auto fill = [&](auto* node) {
    node->items = std::move(items);
    node->body = std::move(body);
    return node;
  };
  if (is_async) return fill(make<AsyncWith>(start));
  return fill(make<With>(start));
}

StmtNode* Parser::try_statement() {
  Index start = pos_;
  advance();
  expect_forced(TokenKind::Colon);
  StmtList body = block("'try' statement", start);
  ExceptHandlerList handlers;
  bool star = false, plain = false;
  while (at(TokenKind::KwExcept)) {
    Index handler_start = pos_;
    advance();
    bool is_star = accept(TokenKind::Star);
    (is_star ? star : plain) = true;
    if (star && plain) fail(tokens_[handler_start].range(), "cannot have both 'except' and 'except*' on the same 'try'");
    ExprNode* type = nullptr;
    OptIdentifier name;
    if (is_star && at(TokenKind::Colon)) fail_here("expected one or more exception types");
    if (at(TokenKind::Newline)) fail_here("expected ':'");
    if (!at(TokenKind::Colon) || is_star) {
      Index type_start = pos_;
      type = expression();
      if (at(TokenKind::Comma)) {
        advance();
        expression();
        fail(range_from(type_start), "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::KwAs)) name = expect_name();
    }
    expect(TokenKind::Colon);
    StmtList handler_body = block(is_star ? "'except*' statement" : "'except' statement", handler_start);
    auto* handler = make<ExceptHandler>(handler_start);
    handler->type = type;
    handler->name = std::move(name);
    handler->body = std::move(handler_body);
    handlers.push_back(handler);
  }
  StmtList orelse, finalbody;
  if (!handlers.empty() && at(TokenKind::KwElse)) {
    Index else_start = pos_;
    advance();
    expect_forced(TokenKind::Colon);
    orelse = block("'else' statement", else_start);
  }
  if (at(TokenKind::KwFinally)) {
    Index finally_start = pos_;
    advance();
    expect_forced(TokenKind::Colon);
    finalbody = block("'finally' statement", finally_start);
  } else if (handlers.empty()) {
    fail_here("expected 'except' or 'finally' block");
  }
  auto fill = [&](auto* node) {
    node->body = std::move(body);
    node->handlers = std::move(handlers);
    node->orelse = std::move(orelse);
    node->finalbody = std::move(finalbody);
    return node;
  };
  if (star) return fill(make<TryStar>(start));
  return fill(make<Try>(start));
}

StmtNode* Parser::function_def(Index start, bool is_async, ExprList decorators) {
  Index def_token = pos_;
  expect(TokenKind::KwDef);
  std::string name = expect_name();
  expect_forced(TokenKind::LPar);
  Arguments* args = parameters(TokenKind::RPar, true);
  expect(TokenKind::RPar);
  ExprNode* returns = nullptr;
  if (accept(TokenKind::RArrow)) returns = expression();
  expect_forced(TokenKind::Colon);
  StmtList body = block("function definition", def_token);
  auto fill = [&](auto* node) {
    node->name = std::move(name);
    node->args = args;
    node->body = std::move(body);
    node->decorator_list = std::move(decorators);
    node->returns = returns;
    return node;
  };
  if (is_async) return fill(make<AsyncFunctionDef>(start));
  return fill(make<FunctionDef>(start));
}

StmtNode* Parser::class_def(Index start, ExprList decorators) {
  expect(TokenKind::KwClass);
  std::string name = expect_name();
  ExprList bases;
  KeywordList keywords;
  if (at(TokenKind::LPar)) {
    Index open = pos_;
    advance();
    Call holder;
    call_arguments(&holder, open, false);
    bases = std::move(holder.args);
    keywords = std::move(holder.keywords);
  }
  expect(TokenKind::Colon);
  StmtList body = block("class definition", start);
  auto* node = make<ClassDef>(start);
  node->name = std::move(name);
  node->bases = std::move(bases);
  node->keywords = std::move(keywords);
  node->body = std::move(body);
  node->decorator_list = std::move(decorators);
  return node;
}

StmtNode* Parser::decorated() {
  ExprList decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(named_expression());
    expect(TokenKind::Newline);
  }
  Index start = pos_;
  if (at(TokenKind::KwDef)) return function_def(start, false, std::move(decorators));
  if (at(TokenKind::KwClass)) return class_def(start, std::move(decorators));
  if (accept(TokenKind::KwAsync) && at(TokenKind::KwDef)) return function_def(start, true, std::move(decorators));
  invalid_syntax();
}

}  // namespace pycxx::parse
