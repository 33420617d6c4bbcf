// `yield from it` in a generator function: each item of `it` (a list, range(...), another
// generator, a str, a dict's keys, zip(...)...) is yielded in turn, so its item type is one
// of the function's yields. Only the statement form: the value of `yield from` (a generator's
// return value) is not supported. Neighbours: infer_stmt.cpp (`yield x`), infer_function.cpp
// (the generator's Iterator type), lower/lower_generator.cpp.
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

void Inferrer::infer_yield_from(ast::YieldFrom& node) {
  TypeRef iter = infer_expr(node.value);
  if (!iter) return;
  if (iter->is(TypeKind::NDArray)) {
    error(DiagnosticKind::UnsupportedExpression, node.value,
          "'yield from' an array is not supported yet: write 'for x in a: yield x'");
    return;
  }
  TypeRef item = item_type(types(), iter);
  if (!item) {
    error(DiagnosticKind::TypeMismatch, node.value, "'{}' object is not iterable", type_name(iter));
    return;
  }
  yields_.push_back(item);
  yield_nodes_.push_back(node.value);
  record(&node, types().none());
}

bool Inferrer::returns_generator(ast::ExprNode* value) {
  auto* call = ast::dyn_cast<ast::Call>(value);
  auto target = call ? spec_->calls_.find(call) : spec_->calls_.end();
  if (target != spec_->calls_.end() && target->second.kind_ == CallTarget::Kind::Function &&
      target->second.specialization_ >= 0)
    return true;  // its own return statements were checked the same way
  error(DiagnosticKind::UnsupportedStatement, value,
        "returning an iterator other than a generator is not supported: return list(...) of it, or yield its "
        "items ('yield from ...')");
  return false;
}

}  // namespace pycxx
