// Constant folding of int arithmetic whose result is known at compile time and fits:
//
//   before:  x = Runtime[pycxx::int_mul](Literal[60], Literal[60])
//   after:   x = Literal[3600]
//
// Only the checked int operations with both operands literal are folded, and only when the
// result does not overflow (an overflow stays a run-time OverflowError, as Python raises it
// when the line runs, not when the module is compiled).
#include <fmt/format.h>

#include "compiler/opt/passes.hpp"

namespace pycxx {
namespace {

bool fold(ir::Value* v) {
  bool all_literal = !v->operands_.empty();
  for (ir::Value* operand : v->operands_) {
    fold(operand);
    if (operand->kind_ != ir::InstKind::Literal || !operand->type_->is(TypeKind::Int)) all_literal = false;
  }
  if (v->kind_ != ir::InstKind::Runtime || !ir::runtime_op_info(v->runtime_).pure_ || !all_literal ||
      v->operands_.size() != 2 || !v->type_->is(TypeKind::Int))
    return false;
  std::int64_t a = v->operands_[0]->int_;
  std::int64_t b = v->operands_[1]->int_;
  std::int64_t result = 0;
  bool overflow = true;
  if (v->runtime_ == ir::RuntimeOp::IntAdd) overflow = __builtin_add_overflow(a, b, &result);
  if (v->runtime_ == ir::RuntimeOp::IntSub) overflow = __builtin_sub_overflow(a, b, &result);
  if (v->runtime_ == ir::RuntimeOp::IntMul) overflow = __builtin_mul_overflow(a, b, &result);
  if (overflow || result == INT64_MIN) return false;
  v->kind_ = ir::InstKind::Literal;
  v->operands_.clear();
  v->text_ = result < 0 ? fmt::format("-{}", -static_cast<std::uint64_t>(result)) : fmt::format("{}", result);
  if (result < 0) v->text_ = fmt::format("{}", result);
  v->int_ = result;
  return true;
}

void fold_block(std::vector<ir::Stmt*>& body) {
  for (ir::Stmt* s : body) ir::for_each_part(*s, fold, fold_block);
}

}  // namespace

void fold_constants(ir::Module& module) {
  for (auto& function : module.functions_) fold_block(function->body_);
}

}  // namespace pycxx
