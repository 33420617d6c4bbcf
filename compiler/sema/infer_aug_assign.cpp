// Augmented assignment (`x += v`, `a[i] *= v`): the operator's result type stored back into
// the target, which keeps its type (a scalar local may widen: total = 0.0; total += a[i]).
// Neighbours: infer_assign.cpp, infer_operator.cpp (infer_binary).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

bool Inferrer::infer_aug_assign(ast::StmtNode* stmt) {
  auto& aug = ast::cast<ast::AugAssign>(*stmt);
  auto* name = ast::dyn_cast<ast::Name>(aug.target);
  using O = ast::OperatorKind;
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(aug.target)) {
    // a[i] += v: the element read, the operator, the result stored back (cast to the dtype).
    TypeRef left = infer_expr(aug.target);
    TypeRef right = infer_expr(aug.value);
    if (!left || !right) return true;
    TypeRef result = infer_binary(stmt, aug.op, left, right, aug.value);
    if (!result) return true;
    record(stmt, result);
    if (left->is(TypeKind::NDArray) && aug.op != O::Add && aug.op != O::Sub && aug.op != O::Mult &&
        aug.op != O::Div)
      error(DiagnosticKind::UnsupportedOperation, stmt,
            "in-place '{}=' on an array is not supported yet: use += -= *= /=", ast::spelling(aug.op));
    else if (left->is(TypeKind::NDArray) && result != left && !contains_unknown(result))
      error(DiagnosticKind::IncompatibleAssignment, stmt, "'{}=' gives a '{}' that cannot be stored in a '{}'",
            ast::spelling(aug.op), type_name(result), type_name(left));
    else if (TypeRef array = spec_->type_of(subscript->value); array && array->is(TypeKind::NDArray) &&
                                                              !left->is(TypeKind::NDArray))
      check_element_store(aug.target, result, array);
    else if (array && (array->is(TypeKind::Str) || array->is(TypeKind::Set)))
      error(DiagnosticKind::TypeMismatch, stmt, "'{}' object does not support item assignment", type_name(array));
    else if (array && is_mutable_container(array) && !contains_unknown(result) && !implicitly_converts(result, left))
      error(DiagnosticKind::IncompatibleAssignment, stmt, "'{}=' gives a '{}' that cannot be stored in a '{}'",
            ast::spelling(aug.op), type_name(result), type_name(array));
    return true;
  }
  if (!name) {
    bind_target(aug.target, types().unknown(), stmt);  // reports the unsupported target
    return true;
  }
  flow_.forget_non_negative(name->id);
  TypeRef left = infer_expr(aug.target);
  TypeRef right = infer_expr(aug.value);
  if (!left || !right) return true;
  if (left->is(TypeKind::NDArray) && aug.op != O::Add && aug.op != O::Sub && aug.op != O::Mult && aug.op != O::Div) {
    error(DiagnosticKind::UnsupportedOperation, stmt, "in-place '{}=' on an array is not supported yet: use += -= *= /=",
          ast::spelling(aug.op));
    return true;
  }
  TypeRef result = infer_binary(stmt, aug.op, left, right, aug.value);
  if (result) {
    record(stmt, result);
    LocalInfo* local = nullptr;
    for (LocalInfo& info : spec_->locals_)
      if (info.name_ == name->id) local = &info;
    TypeRef joined = local && !local->is_param_ ? join_scalars(types(), left, result) : nullptr;
    if (joined && result != left && !contains_unknown(result) && !contains_unknown(left)) {
      if (joined != local->type_) widen_local(*local, joined);  // total = 0.0; total += a[i]
    } else if (result != left && !contains_unknown(result) && !contains_unknown(left) &&
               !(local && local->is_param_ && join_scalars(types(), left, result))) {
      // (a parameter keeps its annotated type: `x: float` with x += a[i] stays a float)
      error(DiagnosticKind::IncompatibleAssignment, stmt,
            "'{} {}= ...' gives a '{}' but '{}' has type '{}': a variable keeps one type{}", name->id,
            ast::spelling(aug.op), type_name(result), name->id, type_name(left), numpy_hint(result, left));
    }
  }
  return true;
}

}  // namespace pycxx
