// Atoms: names, constants, parenthesised forms (group, tuple, generator expression),
// list/set/dict displays and comprehensions, and the inside of subscripts (slices).
#include <fmt/format.h>

#include "compiler/parse/literal_value.hpp"
#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

ExprNode* Parser::atom() {
  Guard guard(*this);
  Index start = pos_;
  switch (kind()) {
    case TokenKind::Name: {
      auto* node = make_range<Name>(tok().range());
      node->id = name_text(advance());
      node->ctx = ExprContext::Load;
      return node;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone: {
      TokenKind k = kind();
      advance();
      auto* node = make<Constant>(start);
      node->value.kind = k == TokenKind::KwNone ? ConstantValue::Kind::None : ConstantValue::Kind::Bool;
      node->value.boolean = k == TokenKind::KwTrue;
      return node;
    }
    case TokenKind::Ellipsis: {
      advance();
      auto* node = make<Constant>(start);
      node->value.kind = ConstantValue::Kind::Ellipsis;
      return node;
    }
    case TokenKind::Number:
      return number_constant(advance());
    case TokenKind::String:
      return strings();
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return list_atom();
    case TokenKind::LBrace:
      return brace_atom();
    default:
      invalid_syntax();
  }
}

ExprNode* Parser::number_constant(const Token& t) {
  auto* node = make_range<Constant>(t.range());
  std::string error;
  if (!number_value(text(t), node->value, error)) fail(t.range(), error, DiagnosticKind::InvalidNumber);
  return node;
}

ExprNode* Parser::paren_atom() {
  Index start = pos_;
  advance();
  if (accept(TokenKind::RPar)) return make<Tuple>(start);
  if (at(TokenKind::KwYield)) {
    ExprNode* y = yield_expression();
    expect(TokenKind::RPar);
    return y;
  }
  ExprNode* first = star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    no_unpacking_in_comprehension(first);
    ComprehensionList generators = comprehension_clauses();
    expect(TokenKind::RPar);
    auto* node = make<GeneratorExp>(start);
    node->elt = first;
    node->generators = std::move(generators);
    return node;
  }
  if (at(TokenKind::Comma)) {
    ExprList elts{first};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      elts.push_back(star_named_expression());
    }
    expect(TokenKind::RPar);
    auto* node = make<Tuple>(start);
    node->elts = std::move(elts);
    return node;
  }
  expect(TokenKind::RPar);
  if (first->kind == NodeKind::Starred) fail(first->range, "cannot use starred expression here");
  return first;
}

ExprNode* Parser::list_atom() {
  Index start = pos_;
  advance();
  ExprList elts;
  if (!at(TokenKind::RSqb)) {
    ExprNode* first = star_named_expression();
    if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
      no_unpacking_in_comprehension(first);
      ComprehensionList generators = comprehension_clauses();
      expect(TokenKind::RSqb);
      auto* node = make<ListComp>(start);
      node->elt = first;
      node->generators = std::move(generators);
      return node;
    }
    elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      elts.push_back(star_named_expression());
    }
  }
  expect(TokenKind::RSqb);
  auto* node = make<List>(start);
  node->elts = std::move(elts);
  return node;
}

ExprNode* Parser::brace_atom() {
  Index start = pos_;
  advance();
  if (accept(TokenKind::RBrace)) return make<Dict>(start);
  ExprList keys, values;
  auto dict_item = [&]() {
    if (accept(TokenKind::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(bitwise_or());
      return;
    }
    keys.push_back(expression());
    expect(TokenKind::Colon);
    values.push_back(expression());
  };
  if (at(TokenKind::DoubleStar)) {
    Index star = pos_;
    dict_item();
    if (at(TokenKind::KwFor) || at(TokenKind::KwAsync))
      fail(range_from(star), "dict unpacking cannot be used in dict comprehension");
  } else {
    ExprNode* first = star_named_expression();
    if (at(TokenKind::Colon) && first->kind == NodeKind::Starred) invalid_syntax();
    if (accept(TokenKind::Colon)) {
      ExprNode* value = expression();
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        ComprehensionList generators = comprehension_clauses();
        expect(TokenKind::RBrace);
        auto* node = make<DictComp>(start);
        node->key = first;
        node->value = value;
        node->generators = std::move(generators);
        return node;
      }
      keys.push_back(first);
      values.push_back(value);
    } else {
      // A set display or comprehension.
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        no_unpacking_in_comprehension(first);
        ComprehensionList generators = comprehension_clauses();
        expect(TokenKind::RBrace);
        auto* node = make<SetComp>(start);
        node->elt = first;
        node->generators = std::move(generators);
        return node;
      }
      ExprList elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        elts.push_back(star_named_expression());
      }
      expect(TokenKind::RBrace);
      auto* node = make<Set>(start);
      node->elts = std::move(elts);
      return node;
    }
  }
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    dict_item();
  }
  expect(TokenKind::RBrace);
  auto* node = make<Dict>(start);
  node->keys = std::move(keys);
  node->values = std::move(values);
  return node;
}

void Parser::no_unpacking_in_comprehension(ExprNode* element) {
  if (element->kind == NodeKind::Starred) fail(element->range, "iterable unpacking cannot be used in comprehension");
}

ComprehensionList Parser::comprehension_clauses() {
  ComprehensionList generators;
  while (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    bool is_async = accept(TokenKind::KwAsync);
    advance();
    ExprNode* target = star_targets(false);
    expect(TokenKind::KwIn);
    ExprNode* iter = disjunction();
    ExprList ifs;
    while (accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    auto* comp = context_.make<Comprehension>();
    comp->target = target;
    comp->iter = iter;
    comp->ifs = std::move(ifs);
    comp->is_async = is_async;
    generators.push_back(comp);
  }
  return generators;
}

ExprNode* Parser::slices() {
  Index start = pos_;
  ExprNode* first = slice();
  if (!at(TokenKind::Comma) && first->kind != NodeKind::Starred) return first;
  ExprList elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(slice());
  }
  auto* tuple = make<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

ExprNode* Parser::slice() {
  Index start = pos_;
  if (at(TokenKind::Star)) {
    advance();
    ExprNode* value = expression();
    auto* node = make<Starred>(start);
    node->value = value;
    return node;
  }
  ExprNode* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = named_expression();
    if (!at(TokenKind::Colon)) return lower;
  }
  advance();
  auto ends = [&] { return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RSqb); };
  ExprNode *upper = nullptr, *step = nullptr;
  if (!ends()) upper = expression();
  if (accept(TokenKind::Colon) && !ends()) step = expression();
  auto* node = make<Slice>(start);
  node->lower = lower;
  node->upper = upper;
  node->step = step;
  return node;
}

}  // namespace pycxx::parse
