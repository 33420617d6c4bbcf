// Assignment, deletion and loop targets: `for a, *b in x`, `del x[0], y.z`. Targets are
// parsed as expressions and then given the Store or Del context, which also checks that
// every part of them can be assigned to.
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

// The names of CPython's _PyPegen_get_expr_name, used in its messages.
const char* describe_expression(const ExprNode* e) {
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp: case NodeKind::BinOp: case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield: case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr: case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      const auto& value = cast<Constant>(*e).value;
      switch (value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::Bool: return value.boolean ? "True" : "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        case ConstantValue::Kind::Int: case ConstantValue::Kind::Float: case ConstantValue::Kind::Complex:
        case ConstantValue::Kind::Str: case ConstantValue::Kind::Bytes:
          return "literal";
      }
      return "literal";  // not reached: the switch names every kind
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";  // as CPython: any other node is just "expression"
  }
}

ExprNode* Parser::target_item() {
  if (at(TokenKind::Star)) {
    Index start = pos_;
    advance();
    ExprNode* value = bitwise_or();
    auto* node = make<Starred>(start);
    node->value = value;
    return node;
  }
  return bitwise_or();
}

ExprNode* Parser::star_targets(bool allow_in) {
  (void)allow_in;
  Index start = pos_;
  ExprNode* first = target_item();
  if (at(TokenKind::Comma)) {
    ExprList elts{first};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::KwIn) || at(TokenKind::Equal) || at(TokenKind::Colon) || at(TokenKind::RPar)) break;
      elts.push_back(target_item());
    }
    auto* tuple = make<Tuple>(start);
    tuple->elts = std::move(elts);
    first = tuple;
  }
  set_context(first, ExprContext::Store);
  return first;
}

void Parser::set_context(ExprNode* target, ExprContext ctx, bool hint) {
  switch (target->kind) {
    case NodeKind::Name:
      cast<Name>(*target).ctx = ctx;
      return;
    case NodeKind::Attribute:
      cast<Attribute>(*target).ctx = ctx;
      return;
    case NodeKind::Subscript:
      cast<Subscript>(*target).ctx = ctx;
      return;
    case NodeKind::Starred:
      if (ctx == ExprContext::Del) fail(target->range, "cannot delete starred");
      cast<Starred>(*target).ctx = ctx;
      set_context(cast<Starred>(*target).value, ctx);
      return;
    case NodeKind::Tuple:
      cast<Tuple>(*target).ctx = ctx;
      for (ExprNode* e : cast<Tuple>(*target).elts) set_context(e, ctx);
      return;
    case NodeKind::List:
      cast<List>(*target).ctx = ctx;
      for (ExprNode* e : cast<List>(*target).elts) set_context(e, ctx);
      return;
    default:
      break;
  }
  const char* what = describe_expression(target);
  if (ctx == ExprContext::Store && (target->kind == NodeKind::Yield || target->kind == NodeKind::YieldFrom))
    fail(target->range, "assignment to yield expression not possible");
  if (ctx == ExprContext::Del) fail(target->range, fmt::format("cannot delete {}", what));
  bool comparison_like = target->kind == NodeKind::Compare || target->kind == NodeKind::BoolOp ||
                         target->kind == NodeKind::IfExp || target->kind == NodeKind::Lambda ||
                         target->kind == NodeKind::NamedExpr || target->kind == NodeKind::GeneratorExp ||
                         (target->kind == NodeKind::UnaryOp && cast<UnaryOp>(*target).op == UnaryOpKind::Not);
  auto* constant = dyn_cast<Constant>(target);
  bool keyword_constant = constant && (constant->value.kind == ConstantValue::Kind::None || constant->value.kind == ConstantValue::Kind::Bool);
  if (hint && !comparison_like && !keyword_constant)
    fail(target->range, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", what));
  fail(target->range, fmt::format("cannot assign to {}", what));
}

}  // namespace pycxx::parse
