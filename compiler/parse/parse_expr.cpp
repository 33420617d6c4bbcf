// Expressions by precedence, lowest first: tuples of star expressions, walrus, lambda and
// conditional expressions, or/and/not, comparison chains, the binary operators, unary
// operators, `**`, await, and primaries (attribute, call, subscript chains).
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

bool starts_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LPar:
    case TokenKind::LSqb: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::Ellipsis:
    case TokenKind::Star:
      return true;
    default:  // every other token ends an expression: new tokens do not start one
      return false;
  }
}

ExprNode* Parser::star_expressions() {
  Index start = pos_;
  ExprNode* first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  ExprList elts{first};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind())) break;
    elts.push_back(star_expression());
  }
  auto* tuple = make<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

ExprNode* Parser::star_expression() {
  if (at(TokenKind::Star)) {
    Index start = pos_;
    advance();
    ExprNode* value = bitwise_or();
    auto* node = make<Starred>(start);
    node->value = value;
    return node;
  }
  return expression();
}

ExprNode* Parser::star_named_expression() {
  if (at(TokenKind::Star)) return star_expression();
  return named_expression();
}

ExprNode* Parser::named_expression(bool check_assignment) {
  if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
    Index start = pos_;
    auto* target = make_range<Name>(tok().range());
    target->id = name_text(advance());
    target->ctx = ExprContext::Store;
    advance();
    ExprNode* value = expression();
    auto* node = make<NamedExpr>(start);
    node->target = target;
    node->value = value;
    return node;
  }
  Index start = pos_;
  ExprNode* e = expression();
  if (check_assignment && at(TokenKind::Equal)) {
    // `if x = 1:`: CPython's invalid_named_expression hints at `==`.
    advance();
    bitwise_or();
    if (!at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
      auto* constant = dyn_cast<Constant>(e);
      bool keyword = constant && (constant->value.kind == ConstantValue::Kind::None || constant->value.kind == ConstantValue::Kind::Bool);
      if (e->kind == NodeKind::Name)
        fail(range_from(start), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      if (!keyword && e->kind != NodeKind::List && e->kind != NodeKind::Tuple && e->kind != NodeKind::GeneratorExp &&
          e->kind != NodeKind::Compare && e->kind != NodeKind::BoolOp && e->kind != NodeKind::IfExp && e->kind != NodeKind::Lambda &&
          !(e->kind == NodeKind::UnaryOp && cast<UnaryOp>(*e).op == UnaryOpKind::Not))
        fail(e->range, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe_expression(e)));
    }
    invalid_syntax();
  }
  if (at(TokenKind::ColonEqual)) {
    advance();
    expression();
    fail(e->range, fmt::format("cannot use assignment expressions with {}", describe_expression(e)));
  }
  return e;
}

ExprNode* Parser::expression() {
  Guard guard(*this);
  if (at(TokenKind::KwLambda)) return lambda();
  Index start = pos_;
  ExprNode* body = disjunction();
  if (!at(TokenKind::KwIf)) return body;
  advance();
  ExprNode* test = disjunction();
  if (!at(TokenKind::KwElse)) {
    if (at(TokenKind::Colon)) invalid_syntax();
    fail(range_from(start), "expected 'else' after 'if' expression");
  }
  advance();
  ExprNode* orelse = expression();
  auto* node = make<IfExp>(start);
  node->test = test;
  node->body = body;
  node->orelse = orelse;
  return node;
}

ExprNode* Parser::yield_expression() {
  Index start = pos_;
  expect(TokenKind::KwYield);
  if (accept(TokenKind::KwFrom)) {
    ExprNode* value = expression();
    auto* node = make<YieldFrom>(start);
    node->value = value;
    return node;
  }
  ExprNode* value = nullptr;
  if (starts_expression(kind())) value = star_expressions();
  auto* node = make<Yield>(start);
  node->value = value;
  return node;
}

ExprNode* Parser::lambda() {
  Index start = pos_;
  advance();
  Arguments* args = parameters(TokenKind::Colon, false);
  expect(TokenKind::Colon);
  ExprNode* body = expression();
  auto* node = make<Lambda>(start);
  node->args = args;
  node->body = body;
  return node;
}

ExprNode* Parser::disjunction() {
  Index start = pos_;
  ExprNode* first = conjunction();
  if (at(TokenKind::KwOr)) {
    ExprList values{first};
    int chain = 0;  // compiled as nested conditionals: each operand is one level deeper
    while (at(TokenKind::KwOr)) {
      deepen(chain);
      advance();
      values.push_back(conjunction());
    }
    auto* node = make<BoolOp>(start);
    node->op = BoolOpKind::Or;
    node->values = std::move(values);
    first = node;
  }
  last_disjunction_start_ = start;
  last_disjunction_end_ = pos_;
  return first;
}

ExprNode* Parser::conjunction() {
  Index start = pos_;
  ExprNode* first = inversion();
  if (!at(TokenKind::KwAnd)) return first;
  ExprList values{first};
  int chain = 0;  // compiled as nested conditionals: each operand is one level deeper
  while (at(TokenKind::KwAnd)) {
    deepen(chain);
    advance();
    values.push_back(inversion());
  }
  auto* node = make<BoolOp>(start);
  node->op = BoolOpKind::And;
  node->values = std::move(values);
  return node;
}

ExprNode* Parser::inversion() {
  if (!at(TokenKind::KwNot)) return comparison();
  Guard guard(*this);
  Index start = pos_;
  advance();
  ExprNode* operand = inversion();
  auto* node = make<UnaryOp>(start);
  node->op = UnaryOpKind::Not;
  node->operand = operand;
  return node;
}

ExprNode* Parser::comparison() {
  Index start = pos_;
  ExprNode* left = bitwise_or();
  CmpOpList ops;
  ExprList comparators;
  int chain = 0;  // `a < b < c` is compiled as nested conjunctions
  while (true) {
    CmpOpKind op;
    switch (kind()) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::KwIn: op = CmpOpKind::In; break;
      case TokenKind::KwIs:
        if (kind(1) == TokenKind::KwNot) {
          advance();
          op = CmpOpKind::IsNot;
        } else {
          op = CmpOpKind::Is;
        }
        break;
      case TokenKind::KwNot:
        if (kind(1) != TokenKind::KwIn) goto done;
        advance();
        op = CmpOpKind::NotIn;
        break;
      default:
        goto done;
    }
    deepen(chain);
    advance();
    ops.push_back(op);
    comparators.push_back(bitwise_or());
  }
done:
  if (ops.empty()) return left;
  auto* node = make<Compare>(start);
  node->left = left;
  node->ops = std::move(ops);
  node->comparators = std::move(comparators);
  return node;
}

namespace {
// The operator a token spells at a binary level (operator_token.def).
bool binary_op(int level, TokenKind k, OperatorKind& op) {
#define PYCXX_BINARY_TOKEN(Token, Level, Operator) \
  if (k == TokenKind::Token && level == Level) {   \
    op = OperatorKind::Operator;                   \
    return true;                                   \
  }
#include "compiler/parse/operator_token.def"
  return false;
}
}  // namespace

// One loop per level, left-associative; each level's operands are the next level.
#define PYCXX_BINARY_LEVEL(Rule, Level, Next)         \
  ExprNode* Parser::Rule() {                          \
    Index start = pos_;                               \
    ExprNode* left = Next();                          \
    OperatorKind op;                                  \
    int chain = 0;                                    \
    while (binary_op(Level, kind(), op)) {            \
      deepen(chain);                                  \
      advance();                                      \
      ExprNode* right = Next();                       \
      auto* node = make<BinOp>(start);                \
      node->left = left;                              \
      node->op = op;                                  \
      node->right = right;                            \
      left = node;                                    \
    }                                                 \
    return left;                                      \
  }
PYCXX_BINARY_LEVEL(bitwise_or, 0, bitwise_xor)
PYCXX_BINARY_LEVEL(bitwise_xor, 1, bitwise_and)
PYCXX_BINARY_LEVEL(bitwise_and, 2, shift_expr)
PYCXX_BINARY_LEVEL(shift_expr, 3, sum)
PYCXX_BINARY_LEVEL(sum, 4, term)
PYCXX_BINARY_LEVEL(term, 5, factor)
#undef PYCXX_BINARY_LEVEL

ExprNode* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  Guard guard(*this);
  Index start = pos_;
  advance();
  ExprNode* operand = factor();
  auto* node = make<UnaryOp>(start);
  node->op = op;
  node->operand = operand;
  return node;
}

ExprNode* Parser::power() {
  Index start = pos_;
  ExprNode* left = await_primary();
  if (!at(TokenKind::DoubleStar)) return left;
  advance();
  ExprNode* right = factor();
  auto* node = make<BinOp>(start);
  node->left = left;
  node->op = OperatorKind::Pow;
  node->right = right;
  return node;
}

ExprNode* Parser::await_primary() {
  if (!at(TokenKind::KwAwait)) return primary();
  Index start = pos_;
  advance();
  ExprNode* value = primary();
  auto* node = make<Await>(start);
  node->value = value;
  return node;
}

ExprNode* Parser::primary() {
  Index start = pos_;
  ExprNode* e = atom();
  int chain = 0;
  while (true) {
    if (at(TokenKind::Dot) || at(TokenKind::LPar) || at(TokenKind::LSqb)) deepen(chain);
    if (at(TokenKind::Dot)) {
      advance();
      std::string attr = expect_name();
      auto* node = make<Attribute>(start);
      node->value = e;
      node->attr = std::move(attr);
      e = node;
    } else if (at(TokenKind::LPar)) {
      Index open = pos_;
      advance();
      auto* call = make<Call>(start);
      call->func = e;
      call_arguments(call, open);
      call->range = range_from(start);
      e = call;
    } else if (at(TokenKind::LSqb)) {
      advance();
      ExprNode* index = slices();
      expect(TokenKind::RSqb);
      auto* node = make<Subscript>(start);
      node->value = e;
      node->slice = index;
      e = node;
    } else {
      return e;
    }
  }
}

}  // namespace pycxx::parse
