// `yield x` is a co_yield of x converted to the generator's item type; `yield from it` lowers to `for item in it: yield item` (a ForEach over any iterable sema
// accepted, the item converted to the generator's item type as `yield` does).
// Neighbours: lower_stmt.cpp (`yield x`), sema/infer_generator.cpp, emit (co_yield).
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

void Lowerer::yield_value(ast::ExprNode* value, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  TypeRef item = f_.return_type_->elements_[0];
  ir::Value* v = convert(value ? expr(value) : literal(types().none(), "pycxx::none"), item);
  // The item is computed into a local before co_yield: g++ 12 rejects a braced temporary
  // holding an initializer_list (`co_yield std::tuple{i, list{i}}`) across a suspension.
  if (v->kind_ != ir::InstKind::Local && v->kind_ != ir::InstKind::Literal) {
    ir::Stmt* hold = f_.make_stmt(ir::StmtKind::Assign, line);
    hold->target_ = new_temp(item);
    hold->value_ = v;
    out.push_back(hold);
    v = f_.make(ir::InstKind::Local, item, {}, hold->target_);
  }
  ir::Stmt* s = f_.make_stmt(ir::StmtKind::Yield, line);
  s->value_ = v;
  out.push_back(s);
}

void Lowerer::yield_from(ast::YieldFrom& node, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  ir::Stmt* loop = f_.make_stmt(ir::StmtKind::ForEach, line);
  loop->value_ = expr(node.value);
  TypeRef item = item_type(types(), type_of(node.value));
  loop->target_ = new_temp(item);
  ir::Stmt* yield = f_.make_stmt(ir::StmtKind::Yield, line);
  yield->value_ = convert(f_.make(ir::InstKind::Local, item, {}, loop->target_), f_.return_type_->elements_[0]);
  loop->body_.push_back(yield);
  out.push_back(loop);
}

}  // namespace pycxx
