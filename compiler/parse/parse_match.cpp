// The match statement (PEP 634): the `match` and `case` soft keywords, every pattern kind
// (literal, capture, wildcard, value, group, sequence, star, mapping, class, or, as).
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

bool Parser::at_match_statement() {
  // `match` is a keyword only where a match statement parses: `match x:` NEWLINE.
  if (!at_name("match")) return false;
  switch (kind(1)) {
    case TokenKind::Equal: case TokenKind::Dot: case TokenKind::Newline: case TokenKind::Colon:
    case TokenKind::Comma: case TokenKind::RPar: case TokenKind::Semi:
      return false;
    default: break;
  }
  Index saved = pos_;
  SourceLoc saved_end = prev_end_;
  std::size_t saved_furthest = furthest_;
  bool ok = false;
  try {
    advance();
    match_subject();
    ok = at(TokenKind::Colon) && kind(1) == TokenKind::Newline;
  } catch (const SyntaxErrorException&) {
  }
  pos_ = saved;
  prev_end_ = saved_end;
  furthest_ = saved_furthest;
  return ok;
}

ExprNode* Parser::match_subject() {
  Index subject_start = pos_;
  ExprNode* subject = star_named_expression();
  if (at(TokenKind::Comma)) {
    ExprList elts{subject};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::Colon)) break;
      elts.push_back(star_named_expression());
    }
    auto* tuple = make<Tuple>(subject_start);
    tuple->elts = std::move(elts);
    subject = tuple;
  }
  return subject;
}

StmtNode* Parser::match_statement() {
  Index start = pos_;
  advance();
  ExprNode* subject = match_subject();
  expect(TokenKind::Colon);
  expect(TokenKind::Newline);
  if (!at(TokenKind::Indent))
    fail(tok().range(), fmt::format("expected an indented block after 'match' statement on line {}", tokens_[start].begin.line),
         DiagnosticKind::InvalidIndentation);
  advance();
  MatchCaseList cases;
  while (at_name("case")) {
    Index case_start = pos_;
    advance();
    PatternNode* pat = patterns();
    ExprNode* guard = accept(TokenKind::KwIf) ? named_expression() : nullptr;
    expect(TokenKind::Colon);
    StmtList body = block("'case' statement", case_start);
    auto* c = context_.make<MatchCase>();
    c->pattern = pat;
    c->guard = guard;
    c->body = std::move(body);
    cases.push_back(c);
  }
  if (cases.empty()) invalid_syntax();
  if (!at(TokenKind::Dedent)) invalid_syntax();
  advance();
  auto* node = make<Match>(start);
  node->subject = subject;
  node->cases = std::move(cases);
  return node;
}

PatternNode* Parser::patterns() {
  Index start = pos_;
  PatternNode* first = at(TokenKind::Star) ? closed_pattern() : pattern();
  if (!at(TokenKind::Comma)) {
    if (first->kind == NodeKind::MatchStar) invalid_syntax();  // `case *a:` needs a comma
    return first;
  }
  PatternList items{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
    items.push_back(at(TokenKind::Star) ? closed_pattern() : pattern());
  }
  auto* node = make<MatchSequence>(start);
  node->patterns = std::move(items);
  return node;
}

PatternNode* Parser::pattern() {
  Index start = pos_;
  PatternNode* p = or_pattern();
  if (!accept(TokenKind::KwAs)) return p;
  if (!at(TokenKind::Name)) invalid_syntax();
  std::string name = name_text(tok());
  if (name == "_") fail(tok().range(), "cannot use '_' as a target");
  advance();
  auto* node = make<MatchAs>(start);
  node->pattern = p;
  node->name = std::move(name);
  return node;
}

PatternNode* Parser::or_pattern() {
  Index start = pos_;
  PatternNode* first = closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  PatternList alternatives{first};
  while (accept(TokenKind::VBar)) alternatives.push_back(closed_pattern());
  auto* node = make<MatchOr>(start);
  node->patterns = std::move(alternatives);
  return node;
}

ExprNode* Parser::signed_number() {
  Index start = pos_;
  if (accept(TokenKind::Minus)) {
    if (!at(TokenKind::Number)) invalid_syntax();
    ExprNode* operand = number_constant(advance());
    auto* node = make<UnaryOp>(start);
    node->op = UnaryOpKind::USub;
    node->operand = operand;
    return node;
  }
  if (!at(TokenKind::Number)) invalid_syntax();
  return number_constant(advance());
}

ExprNode* Parser::literal_expression(bool allow_complex) {
  Index start = pos_;
  if (at(TokenKind::String)) {
    ExprNode* s = strings();
    if (s->kind == NodeKind::JoinedStr) fail(s->range, "patterns may only match literals and attribute lookups");
    return s;
  }
  ExprNode* real = signed_number();
  if (allow_complex && (at(TokenKind::Plus) || at(TokenKind::Minus))) {
    OperatorKind op = at(TokenKind::Plus) ? OperatorKind::Add : OperatorKind::Sub;
    advance();
    if (!at(TokenKind::Number)) invalid_syntax();
    ExprNode* imag = number_constant(advance());
    auto is_complex = [](ExprNode* e) {
      if (auto* u = dyn_cast<UnaryOp>(e)) e = u->operand;
      return cast<Constant>(*e).value.kind == ConstantValue::Kind::Complex;
    };
    if (is_complex(real)) fail(real->range, "real number required in complex literal");
    if (!is_complex(imag)) fail(imag->range, "imaginary number required in complex literal");
    auto* node = make<BinOp>(start);
    node->left = real;
    node->op = op;
    node->right = imag;
    return node;
  }
  return real;
}

ExprNode* Parser::name_or_attr() {
  Index start = pos_;
  auto* name = make_range<Name>(tok().range());
  name->id = expect_name();
  ExprNode* e = name;
  while (at(TokenKind::Dot)) {
    advance();
    std::string attr = expect_name();
    auto* node = make<Attribute>(start);
    node->value = e;
    node->attr = std::move(attr);
    e = node;
  }
  return e;
}

PatternNode* Parser::closed_pattern() {
  Guard guard(*this);
  Index start = pos_;
  switch (kind()) {
    case TokenKind::Star: {
      advance();
      if (!at(TokenKind::Name)) invalid_syntax();
      std::string name = name_text(advance());
      auto* node = make<MatchStar>(start);
      if (name != "_") node->name = std::move(name);
      return node;
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
      ExprNode* value = literal_expression(true);
      auto* node = make<MatchValue>(start);
      node->value = value;
      return node;
    }
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      TokenKind k = kind();
      advance();
      auto* node = make<MatchSingleton>(start);
      node->value.kind = k == TokenKind::KwNone ? ConstantValue::Kind::None : ConstantValue::Kind::Bool;
      node->value.boolean = k == TokenKind::KwTrue;
      return node;
    }
    case TokenKind::LPar: {
      advance();
      if (accept(TokenKind::RPar)) return make<MatchSequence>(start);
      PatternNode* first = at(TokenKind::Star) ? closed_pattern() : pattern();
      if (accept(TokenKind::RPar)) {
        if (first->kind == NodeKind::MatchStar) {
          auto* node = make<MatchSequence>(start);
          node->patterns = {first};
          return node;
        }
        return first;  // a group pattern
      }
      PatternList items{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        items.push_back(at(TokenKind::Star) ? closed_pattern() : pattern());
      }
      expect(TokenKind::RPar);
      auto* node = make<MatchSequence>(start);
      node->patterns = std::move(items);
      return node;
    }
    case TokenKind::LSqb: {
      advance();
      PatternList items;
      while (!at(TokenKind::RSqb)) {
        items.push_back(at(TokenKind::Star) ? closed_pattern() : pattern());
        if (!accept(TokenKind::Comma)) break;
      }
      expect(TokenKind::RSqb);
      auto* node = make<MatchSequence>(start);
      node->patterns = std::move(items);
      return node;
    }
    case TokenKind::LBrace:
      return mapping_pattern(start);
    case TokenKind::Name: {
      if (kind(1) != TokenKind::Dot && kind(1) != TokenKind::LPar) {
        std::string name = name_text(advance());
        auto* node = make<MatchAs>(start);
        if (name != "_") node->name = std::move(name);
        return node;
      }
      ExprNode* value = name_or_attr();
      if (at(TokenKind::LPar)) return class_pattern(start, value);
      auto* node = make<MatchValue>(start);
      node->value = value;
      return node;
    }
    default:
      invalid_syntax();
  }
}

PatternNode* Parser::mapping_pattern(Index start) {
  advance();
  ExprList keys;
  PatternList values;
  OptIdentifier rest;
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (at_name("_")) invalid_syntax();
      rest = expect_name();
      accept(TokenKind::Comma);
      break;
    }
    ExprNode* key;
    if (at(TokenKind::KwNone) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse)) {
      key = atom();
    } else if (at(TokenKind::Name)) {
      key = name_or_attr();
      if (key->kind == NodeKind::Name) invalid_syntax();
    } else {
      key = literal_expression(true);
    }
    keys.push_back(key);
    expect(TokenKind::Colon);
    values.push_back(pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  auto* node = make<MatchMapping>(start);
  node->keys = std::move(keys);
  node->patterns = std::move(values);
  node->rest = std::move(rest);
  return node;
}

PatternNode* Parser::class_pattern(Index start, ExprNode* cls) {
  advance();
  PatternList patterns;
  IdentifierList kwd_attrs;
  PatternList kwd_patterns;
  while (!at(TokenKind::RPar)) {
    if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      kwd_attrs.push_back(name_text(advance()));
      advance();
      kwd_patterns.push_back(pattern());
    } else {
      PatternNode* p = pattern();
      if (!kwd_attrs.empty()) fail(p->range, "positional patterns follow keyword patterns");
      patterns.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RPar);
  auto* node = make<MatchClass>(start);
  node->cls = cls;
  node->patterns = std::move(patterns);
  node->kwd_attrs = std::move(kwd_attrs);
  node->kwd_patterns = std::move(kwd_patterns);
  return node;
}

}  // namespace pycxx::parse
