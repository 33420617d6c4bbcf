// while and for loops: the body may not run (what it assigns is not definitely assigned
// after), breaks skip the else block, range loops counting up from >= 0 give a non-negative
// index (for the bounds checks). Neighbours: infer_if.cpp, infer_stmt.cpp (break, continue).
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

bool Inferrer::infer_while(ast::StmtNode* stmt) {
  auto& loop = ast::cast<ast::While>(*stmt);
  forget_narrowing(loop.body);  // the test and the body run again after the body
  TypeRef test = infer_maybe_none(loop.test);
  if (test) truth_testable(loop.test, test);
  flow_.enter_loop();
  const FlowFacts::Path before = flow_.path();
  flow_.narrow(narrowing(loop.test, true));
  infer_block(loop.body);
  flow_.restore(before);  // the body may not run at all
  bool broke = flow_.leave_loop();
  if (!broke) flow_.narrow(narrowing(loop.test, false));
  bool orelse = infer_block(loop.orelse);
  if (broke) flow_.restore_assigned(before.assigned);  // a break skips the else block
  auto* constant = ast::dyn_cast<ast::Constant>(loop.test);
  bool forever = constant && constant->value.kind == ast::ConstantValue::Kind::Bool && constant->value.boolean;
  return broke || (!forever && orelse);
}

bool Inferrer::infer_for(ast::StmtNode* stmt) {
  auto& loop = ast::cast<ast::For>(*stmt);
  auto* call = ast::dyn_cast<ast::Call>(loop.iter);
  auto* callee = call ? ast::dyn_cast<ast::Name>(call->func) : nullptr;
  bool is_range = callee && callee->id == "range" && !find_function("range") && !spec_->find_local("range");
  TypeRef item = types().integer();
  if (!is_range) {
    TypeRef iter = infer_expr(loop.iter);
    item = iter ? item_type(types(), iter) : types().unknown();
    if (!item) {
      error(DiagnosticKind::TypeMismatch, loop.iter, "'{}' object is not iterable", type_name(iter));
      item = types().unknown();
    }
  } else {
    infer_call(call);
  }
  const FlowFacts::Names before = flow_.assigned_names();
  forget_narrowing(loop.body);  // the body runs again after itself
  bool plain_target = ast::dyn_cast<ast::Name>(loop.target) || ast::dyn_cast<ast::Tuple>(loop.target) ||
                      ast::dyn_cast<ast::List>(loop.target);
  if (!plain_target)
    error(DiagnosticKind::UnsupportedStatement, loop.target, "the target of a for loop must be a name or a tuple of names");
  else
    bind_target(loop.target, item, stmt);
  flow_.enter_loop();
  auto* index = ast::dyn_cast<ast::Name>(loop.target);
  bool counting_up = is_range && index && !call->args.empty() && call->args.size() <= 3 &&
                     (call->args.size() == 1 || known_non_negative(call->args[0])) &&
                     (call->args.size() < 3 || (known_non_negative(call->args[2]) && ast::dyn_cast<ast::Constant>(call->args[2])));
  if (counting_up) flow_.set_non_negative(index->id);
  // The loop variable is assigned only when the body runs: it stays in the set for the
  // body's statements, and leaves it after the loop.
  const FlowFacts::Names narrowed_before = flow_.narrowed_names();
  infer_block(loop.body);
  flow_.restore_narrowed(narrowed_before);
  if (counting_up) flow_.forget_non_negative(index->id);
  flow_.restore_assigned(before);
  bool broke = flow_.leave_loop();
  bool orelse = infer_block(loop.orelse);
  if (broke) flow_.restore_assigned(before);
  return broke || orelse;
}

}  // namespace pycxx
