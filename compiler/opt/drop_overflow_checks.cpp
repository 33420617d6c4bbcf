// Removes overflow checks that cannot fire. In `for i in range(a, b):` (step 1, or a
// positive literal step) the loop variable stays below b <= INT64_MAX, so `i + 1` cannot
// overflow while i is not reassigned in the body:
//
//   before:  for i in range(Local[a], Local[b]):  n = Runtime[pycxx::int_add](Local[i], Literal[1])
//   after:   for i in range(Local[a], Local[b]):  n = Operator[+](Local[i], Literal[1])
//
// Only `i + 1` and `1 + i` are rewritten; everything else keeps its check.
#include "compiler/opt/local_assignments.hpp"
#include "compiler/opt/passes.hpp"

namespace pycxx {
namespace {

bool is_local(const ir::Value* v, const std::string& name) {
  return v->kind_ == ir::InstKind::Local && v->text_ == name;
}
bool is_one(const ir::Value* v) { return v->kind_ == ir::InstKind::Literal && v->type_->is(TypeKind::Int) && v->int_ == 1; }

void rewrite(ir::Value* v, const std::string& name) {
  for (ir::Value* operand : v->operands_) rewrite(operand, name);
  if (v->kind_ != ir::InstKind::Runtime || v->runtime_ != ir::RuntimeOp::IntAdd || v->operands_.size() != 2) return;
  if ((is_local(v->operands_[0], name) && is_one(v->operands_[1])) ||
      (is_one(v->operands_[0]) && is_local(v->operands_[1], name))) {
    v->kind_ = ir::InstKind::Operator;
    v->text_ = ir::runtime_op_info(v->runtime_).unchecked_;  // "+"
  }
}

void rewrite_block(std::vector<ir::Stmt*>& body, const std::string& name) {
  for (ir::Stmt* s : body)
    ir::for_each_part(*s, [&](ir::Value* v) { rewrite(v, name); },
                      [&](std::vector<ir::Stmt*>& block) { rewrite_block(block, name); });
}

void visit(std::vector<ir::Stmt*>& body) {
  for (ir::Stmt* s : body) {
    if (s->kind_ == ir::StmtKind::ForRange) {
      bool positive_step = s->range_.size() < 3 || (s->range_[2]->kind_ == ir::InstKind::Literal &&
                                                    s->range_[2]->type_->is(TypeKind::Int) && s->range_[2]->int_ > 0);
      if (positive_step && !assigns(s->body_, s->target_)) rewrite_block(s->body_, s->target_);
    }
    visit(s->body_);
    visit(s->orelse_);
    visit(s->handlers_);
  }
}

}  // namespace

void drop_overflow_checks(ir::Module& module) {
  for (auto& function : module.functions_) visit(function->body_);
}

}  // namespace pycxx
