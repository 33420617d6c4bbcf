// `T | None` values: a local assigned None on some paths and a T on others, a function that
// returns None on some paths, dict.get(key). Reads are narrowed to T by `x is not None`,
// `x is None` (the other branch), truth tests, `and`/`or`, conditional expressions, asserts
// and early returns; a read that is not narrowed, where a T is needed, is a PossiblyNone
// error (compile time, where CPython would raise TypeError at run time). Neighbours:
// infer_if.cpp and infer_loop.cpp (branches and loops keep the narrowing in flow_facts.hpp), infer_expr.cpp (the reads).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

TypeRef join_optional(TypeContext& types, TypeRef a, TypeRef b) {
  auto usable = [](TypeRef t) {
    return !t->is(TypeKind::None) && !t->is(TypeKind::Optional) && !contains_unknown(t) &&
           !t->is(TypeKind::Iterator) && !t->is(TypeKind::Callable) && !t->is(TypeKind::FunctionRef) &&
           !t->is(TypeKind::Union) && !t->is(TypeKind::Exception);
  };
  TypeRef item_a = a->is(TypeKind::Optional) ? a->elements_[0] : a;
  TypeRef item_b = b->is(TypeKind::Optional) ? b->elements_[0] : b;
  if (a->is(TypeKind::None)) item_a = nullptr;
  if (b->is(TypeKind::None)) item_b = nullptr;
  if (!item_a && !item_b) return nullptr;  // None and None: not optional
  if (item_a && item_b && item_a != item_b) {
    TypeRef joined = join_scalars(types, item_a, item_b);  // x = None; x = 0.0; x = a[i]
    if (!joined) return nullptr;
    item_a = item_b = joined;
  }
  TypeRef item = item_a ? item_a : item_b;
  if (!usable(item)) return nullptr;
  if (!a->is(TypeKind::None) && !a->is(TypeKind::Optional) && !b->is(TypeKind::None) && !b->is(TypeKind::Optional))
    return nullptr;  // neither may be None: join_scalars' business
  return types.optional(item);
}

TypeRef join_types(TypeContext& types, TypeRef a, TypeRef b) {
  if (TypeRef joined = join_scalars(types, a, b)) return joined;
  return join_optional(types, a, b);
}

TypeRef value_type_of(TypeContext& types, TypeRef annotation) {
  // `int | None` / Optional[int] on a local or a return: a T | None value (on a parameter, an
  // annotation union instead gives one specialisation per alternative).
  if (!annotation || !annotation->is(TypeKind::Union) || annotation->elements_.size() != 2) return annotation;
  TypeRef a = annotation->elements_[0], b = annotation->elements_[1];
  if (a->is(TypeKind::None)) std::swap(a, b);
  if (!b->is(TypeKind::None)) return annotation;
  TypeRef joined = join_optional(types, a, b);
  return joined ? joined : annotation;
}

std::set<std::string> Inferrer::narrowing(const ast::ExprNode* test, bool truth) const {
  auto optional_local = [&](const ast::ExprNode* expr) -> const ast::Name* {
    auto* name = ast::dyn_cast<ast::Name>(expr);
    if (!name || find_scoped(name->id)) return nullptr;
    const LocalInfo* local = spec_->find_local(name->id);
    return local && local->type_->is(TypeKind::Optional) ? name : nullptr;
  };
  auto is_none = [](const ast::ExprNode* expr) {
    auto* constant = ast::dyn_cast<ast::Constant>(expr);
    return constant && constant->value.kind == ast::ConstantValue::Kind::None;
  };
  std::set<std::string> out;
  if (const ast::Name* name = optional_local(test)) {
    if (truth) out.insert(name->id);  // `if x:` holds only for a value (a falsy value or None fails it)
    return out;
  }
  if (auto* negation = ast::dyn_cast<ast::UnaryOp>(test); negation && negation->op == ast::UnaryOpKind::Not)
    return narrowing(negation->operand, !truth);
  if (auto* boolean = ast::dyn_cast<ast::BoolOp>(test)) {
    // `a and b` true: both are; `a or b` false: neither is.
    if ((boolean->op == ast::BoolOpKind::And) == truth)
      for (const ast::ExprNode* value : boolean->values) out.merge(narrowing(value, truth));
    return out;
  }
  auto* compare = ast::dyn_cast<ast::Compare>(test);
  if (!compare || compare->ops.size() != 1) return out;
  ast::CmpOpKind op = compare->ops[0];
  if (op != ast::CmpOpKind::Is && op != ast::CmpOpKind::IsNot) return out;
  const ast::Name* name = optional_local(compare->left);
  const ast::ExprNode* other = compare->comparators[0];
  if (!name) {
    name = optional_local(compare->comparators[0]);
    other = compare->left;
  }
  if (!name || !is_none(other)) return out;
  if ((op == ast::CmpOpKind::IsNot) == truth) out.insert(name->id);
  return out;
}

std::set<std::string> names_assigned_in(const ast::StmtList& body) {
  std::set<std::string> out;
  std::vector<ast::Node*> stack(body.begin(), body.end());
  while (!stack.empty()) {
    ast::Node* node = stack.back();
    stack.pop_back();
    if (auto* name = ast::dyn_cast<ast::Name>(node); name && name->ctx != ast::ExprContext::Load) out.insert(name->id);
    if (node->kind == ast::NodeKind::Lambda) continue;  // its own scope
    ast::for_each_child(node, [&](ast::Node* child) { stack.push_back(child); });
  }
  return out;
}

void Inferrer::forget_narrowing(const ast::StmtList& body) {
  flow_.forget_narrowed(names_assigned_in(body));
}

TypeRef Inferrer::infer_expr(ast::ExprNode* expr) {
  TypeRef type = infer_maybe_none(expr);
  if (!type || !type->is(TypeKind::Optional)) return type;
  TypeRef item = type->elements_[0];
  if (auto* name = ast::dyn_cast<ast::Name>(expr))
    error(DiagnosticKind::PossiblyNone, expr,
          "'{}' may be None here (it has type '{}'), where a value of type '{}' is needed: test 'if {} is not "
          "None:' (or return early when it is None) before this use",
          name->id, type_name(type), type_name(item), name->id);
  else
    error(DiagnosticKind::PossiblyNone, expr,
          "this value may be None (it has type '{}'), where a value of type '{}' is needed: assign it to a "
          "variable and test 'is not None' before this use",
          type_name(type), type_name(item));
  return item;
}

}  // namespace pycxx
