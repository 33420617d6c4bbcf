// Assignment targets: a name (the value converted to the variable's type), and tuples of
// targets with Python's order: the whole right side is evaluated before any target is
// assigned, so `a, b = b, a` swaps. Neighbours: lower_stmt.cpp (statements), lower_expr.cpp.
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

void Lowerer::assign(ast::ExprNode* target, ir::Value* value, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  if (auto it = spec_.scoped_names_.find(target); it != spec_.scoped_names_.end()) {
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::Assign, line);  // a comprehension variable (its block's local)
    s->target_ = scoped_identifier(it->second);
    s->value_ = convert(value, type_of(target));
    out.push_back(s);
    return;
  }
  if (auto* name = ast::dyn_cast<ast::Name>(target)) {
    // A closure's `nonlocal` name assigns the enclosing function's local (captured by reference).
    const Specialization* owner = &spec_;
    const LocalInfo* local = spec_.find_local(name->id);
    for (const Specialization* outer = spec_.enclosing_; !local && outer; outer = outer->enclosing_) {
      local = outer->find_local(name->id);
      owner = outer;
    }
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::Assign, line);
    s->target_ = cpp_identifier(name->id);
    s->value_ = convert(value, local->type_);
    out.push_back(s);
    if (owner->flagged_locals_.count(name->id)) {
      ir::Stmt* flag = f_.make_stmt(ir::StmtKind::Assign, line);
      flag->target_ = bound_flag(name->id);
      flag->value_ = literal(types().boolean(), "true", 1);
      out.push_back(flag);
    }
    return;
  }
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(target)) {
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::Eval, line);
    TypeRef base = type_of(subscript->value);
    if (base->is(TypeKind::List) || base->is(TypeKind::Dict))  // xs[i] = v, d[k] = v
      s->value_ = container_store(expr(subscript->value), expr(subscript->slice), value);
    else if (type_of(target)->is(TypeKind::NDArray))  // a[1:] = e: the runtime's assign (broadcast, cast)
      s->value_ = f_.call(ir::RuntimeOp::Assign, types().none(), {view(subscript), value});
    else
      s->value_ = store_element(subscript_operands(subscript), value);
    out.push_back(s);
    return;
  }
  const ast::ExprList& elts =
      target->kind == ast::NodeKind::Tuple ? ast::cast<ast::Tuple>(*target).elts : ast::cast<ast::List>(*target).elts;
  // Unpacking an expression that is not a tuple display: evaluate it once into a temporary
  // (a local already is one).
  std::string temp = value->kind_ == ir::InstKind::Local ? value->text_ : new_temp(value->type_);
  if (value->kind_ != ir::InstKind::Local) {
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::Assign, line);
    s->target_ = temp;
    s->value_ = value;
    out.push_back(s);
  }
  for (std::size_t i = 0; i < elts.size(); ++i) {
    ir::Value* get = f_.make(ir::InstKind::TupleGet, value->type_->elements_[i],
                             {f_.make(ir::InstKind::Local, value->type_, {}, temp)});
    get->int_ = static_cast<std::int64_t>(i);
    assign(elts[i], get, line, out);
  }
}

void Lowerer::assign_from_expr(ast::ExprNode* target, ast::ExprNode* value, std::uint32_t line,
                               std::vector<ir::Stmt*>& out) {
  auto* tuple_target = ast::dyn_cast<ast::Tuple>(target);
  auto* tuple_value = ast::dyn_cast<ast::Tuple>(value);
  if (tuple_target && tuple_value && tuple_target->elts.size() == tuple_value->elts.size()) {
    // `a, b = b, a`: every item into a temporary first (Python evaluates the right side
    // completely), then the targets left to right.
    std::vector<ir::Value*> items;
    for (ast::ExprNode* item : tuple_value->elts) {
      ir::Value* v = expr(item);
      if (v->kind_ == ir::InstKind::Literal || v->kind_ == ir::InstKind::Global) {
        items.push_back(v);
        continue;
      }
      std::string temp = new_temp(v->type_);
      ir::Stmt* s = f_.make_stmt(ir::StmtKind::Assign, line);
      s->target_ = temp;
      s->value_ = v;
      out.push_back(s);
      items.push_back(f_.make(ir::InstKind::Local, v->type_, {}, temp));
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      assign(tuple_target->elts[i], items[i], line, out);
    }
    return;
  }
  assign(target, expr(value), line, out);
}

std::string bound_flag(const std::string& python_name) { return cpp_identifier(python_name) + "_bound_"; }

exception_kind unbound_local_error() {
  exception_kind kind = exception_kind::NameError;
#define PYCXX_EXCEPTION(Name, Base) \
  if (std::string_view(#Name) == "UnboundLocalError") kind = exception_kind::Name;
#include "runtime/pycxx/exception_kind.def"
  return kind;
}

ir::Value* Lowerer::array_in_place(ast::OperatorKind op, ir::Value* target, ir::Value* value, TypeRef result) {
  // The ufunc node's operands (numpy scalars marked strong) are what the in-place form takes.
  std::vector<ir::Value*> operands = binary(op, target, value, result)->operands_;
  using O = ast::OperatorKind;
  switch (op) {
    case O::FloorDiv: return f_.call(ir::RuntimeOp::InplaceFloorDivide, result, std::move(operands));
    case O::Pow: return f_.call(ir::RuntimeOp::InplacePower, result, std::move(operands));
    case O::MatMult: lowering_bug("'@=' on an array");
    case O::Add: case O::Sub: case O::Mult: case O::Div: case O::Mod: case O::LShift: case O::RShift:
    case O::BitOr: case O::BitXor: case O::BitAnd:
      return f_.make(ir::InstKind::Operator, result, std::move(operands), std::string(ast::spelling(op)) + "=");
  }
  lowering_bug("an operator outside operator_kind.def");
}

}  // namespace pycxx
