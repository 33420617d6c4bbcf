// Statements: assignment and augmented assignment, if/elif/else, while and for over range
// (with break/continue/else), return (converted to the function's type), assert (an if that
// raises AssertionError), expression statements, pass. Neighbours: lower_assign.cpp
// (targets), lower_try.cpp (try, raise, and exits through finally), lower_expr.cpp.
#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

std::string message_of(const ast::ExprNode* expr) {
  auto* constant = ast::dyn_cast<ast::Constant>(expr);
  return constant && constant->value.kind == ast::ConstantValue::Kind::Str ? constant->value.text : std::string();
}

}  // namespace

void Lowerer::block(const ast::StmtList& body, std::vector<ir::Stmt*>& out) {
  for (ast::StmtNode* s : body)
    if (!spec_.dead_statements_.count(s)) stmt(s, out);  // dead: after `if x is None: return` in the None form
}

void Lowerer::loop_body(const ast::StmtList& body, std::vector<ir::Stmt*>& out) {
  ++loop_depth_;
  block(body, out);
  --loop_depth_;
}

void Lowerer::stmt(ast::StmtNode* node, std::vector<ir::Stmt*>& out) {
  using K = ast::NodeKind;
  std::uint32_t line = node->range.begin.line;
  auto make = [&](ir::StmtKind kind) {
    ir::Stmt* s = f_.make_stmt(kind, line);
    out.push_back(s);
    return s;
  };
  using S = ast::StmtKind;
  switch (ast::stmt_kind(*node)) {
    case S::Assign: {
      auto& a = ast::cast<ast::Assign>(*node);
      if (auto* lambda = ast::dyn_cast<ast::Lambda>(a.value)) {
        if (auto found = sema_.lambda_defs_.find(lambda); found != sema_.lambda_defs_.end()) {
          closures(*found->second, line, out);  // f = lambda x: ...: the closure sema made of it
          return;
        }
      }
      if (a.targets.size() == 1) {
        assign_from_expr(a.targets[0], a.value, line, out);
        return;
      }
      auto [first, again] = once(expr(a.value));
      for (std::size_t i = 0; i < a.targets.size(); ++i) assign(a.targets[i], i == 0 ? first : again, line, out);
      return;
    }
    case S::AnnAssign: {
      auto& a = ast::cast<ast::AnnAssign>(*node);
      if (a.value) assign(a.target, expr(a.value), line, out);
      return;
    }
    case S::AugAssign: {
      auto& a = ast::cast<ast::AugAssign>(*node);
      if (auto* subscript = ast::dyn_cast<ast::Subscript>(a.target); subscript && type_of(a.target)->is(TypeKind::NDArray)) {
        // a[1:] += e: in place through the view (numpy's ufunc with out=).
        make(ir::StmtKind::Eval)->value_ = array_in_place(a.op, view(subscript), expr(a.value), type_of(node));
        return;
      }
      if (auto* subscript = ast::dyn_cast<ast::Subscript>(a.target);
          subscript && (type_of(subscript->value)->is(TypeKind::List) || type_of(subscript->value)->is(TypeKind::Dict))) {
        // d[k] += v: the container and the key evaluated once; get, operate, set (as Python).
        auto [container, container_again] = once(expr(subscript->value));
        TypeRef key_type = container->type_->is(TypeKind::Dict) ? container->type_->elements_[0] : types().integer();
        auto [key, key_again] = once(convert(expr(subscript->slice), key_type));
        ir::Value* read = f_.call(ir::RuntimeOp::GetItem, type_of(a.target), {container, key});
        ir::Value* result = binary(a.op, read, expr(a.value), type_of(node));
        make(ir::StmtKind::Eval)->value_ = container_store(container_again, key_again, result);
        return;
      }
      if (TypeRef target = type_of(a.target); target && target->is(TypeKind::List) && a.op == ast::OperatorKind::Add) {
        // xs += ys extends the list in place: every alias of xs sees it.
        make(ir::StmtKind::Eval)->value_ = f_.make(ir::InstKind::Operator, target, {expr(a.target), expr(a.value)}, "+=");
        return;
      }
      if (auto* subscript = ast::dyn_cast<ast::Subscript>(a.target)) {
        // a[i] += v: the array and the indices are evaluated once, as Python does.
        std::vector<ir::Value*> first, again;
        for (ir::Value* operand : subscript_operands(subscript)) {
          auto [one, two] = operand->kind_ == ir::InstKind::Local || operand->kind_ == ir::InstKind::Literal
                                ? std::pair{operand, operand}
                                : once(operand);
          first.push_back(one);
          again.push_back(two);
        }
        ir::Value* read = f_.make(ir::InstKind::Element, type_of(a.target), std::move(first));
        ir::Value* result = binary(a.op, read, expr(a.value), type_of(node));
        make(ir::StmtKind::Eval)->value_ = store_element(std::move(again), result);  // make() appends it
        return;
      }
      if (TypeRef target = type_of(a.target); target && target->is(TypeKind::NDArray)) {
        // a += e on an array writes into a's buffer (numpy's in-place ufunc), seen through aliases.
        make(ir::StmtKind::Eval)->value_ = array_in_place(a.op, expr(a.target), expr(a.value), type_of(node));
        return;
      }
      ir::Value* value = binary(a.op, expr(a.target), expr(a.value), type_of(node));
      assign(a.target, value, line, out);
      return;
    }
    case S::If: {
      auto& i = ast::cast<ast::If>(*node);
      if (auto known = spec_.static_conditions_.find(node); known != spec_.static_conditions_.end()) {
        block(known->second ? i.body : i.orelse, out);  // decided by the types (`x is None`)
        return;
      }
      ir::Stmt* s = make(ir::StmtKind::If);
      s->value_ = truth(expr(i.test));
      block(i.body, s->body_);
      block(i.orelse, s->orelse_);
      return;
    }
    case S::While: {
      auto& w = ast::cast<ast::While>(*node);
      ir::Stmt* s = make(ir::StmtKind::While);
      s->value_ = truth(expr(w.test));
      loop_body(w.body, s->body_);
      block(w.orelse, s->orelse_);
      return;
    }
    case S::For: {
      auto& f = ast::cast<ast::For>(*node);
      auto* range_call = ast::dyn_cast<ast::Call>(f.iter);
      auto target = range_call ? spec_.calls_.find(range_call) : spec_.calls_.end();
      bool is_range = target != spec_.calls_.end() && target->second.kind_ == CallTarget::Kind::Intrinsic &&
                      target->second.intrinsic_ == IntrinsicKind::Range;
      if (TypeRef iter = type_of(f.iter); !is_range && iter && !iter->is(TypeKind::NDArray)) {
        for_each(f, line, out);  // lists, str, dicts, sets, zip(...), ...
        return;
      }
      ir::Stmt* s = f_.make_stmt(ir::StmtKind::ForRange, line);
      if (TypeRef iter = type_of(f.iter); iter && iter->is(TypeKind::NDArray)) {
        // for x in a: a counted loop over axis 0 (the array evaluated once), x = a[k] first.
        ir::Value* array = loop_iterable(f, line, out);
        if (array->kind_ != ir::InstKind::Local) {
          std::string held = new_temp(iter);
          ir::Stmt* hold = make(ir::StmtKind::Assign);  // make() appends it before the loop
          hold->target_ = held;
          hold->value_ = array;
          array = f_.make(ir::InstKind::Local, iter, {}, held);
        }
        std::string counter = new_temp(types().integer());
        s->target_ = counter;
        s->range_.push_back(f_.call(ir::RuntimeOp::Len, types().integer(), {array}));
        s->checked_step_ = false;
        ir::Stmt* item = f_.make_stmt(ir::StmtKind::Assign, line);
        item->target_ = cpp_identifier(ast::cast<ast::Name>(*f.target).id);
        ir::Value* index = f_.make(ir::InstKind::Local, types().integer(), {}, counter);
        // Rows of a 2-d array are views a[k] (numpy's iteration over axis 0); a 1-d array gives elements.
        item->value_ = iter->rank_ == 1 ? f_.make(ir::InstKind::Element, type_of(f.target), {array, index})
                                        : f_.call(ir::RuntimeOp::View, type_of(f.target), {array, index});
        s->body_.push_back(item);
      } else {
        auto& range = ast::cast<ast::Call>(*f.iter);
        s->target_ = cpp_identifier(ast::cast<ast::Name>(*f.target).id);
        for (ast::ExprNode* arg : range.args) s->range_.push_back(convert(expr(arg), types().integer()));
        // range(n) and range(a, b) step by 1; only an explicit step can be zero.
        s->checked_step_ = s->range_.size() == 3;
      }
      out.push_back(s);
      if (const std::string& id = ast::cast<ast::Name>(*f.target).id; spec_.flagged_locals_.count(id)) {
        ir::Stmt* flag = f_.make_stmt(ir::StmtKind::Assign, line);
        flag->target_ = bound_flag(id);
        flag->value_ = literal(types().boolean(), "true", 1);
        s->body_.push_back(flag);
      }
      loop_body(f.body, s->body_);
      block(f.orelse, s->orelse_);
      return;
    }
    case S::Break:
    case S::Continue:
      loop_jump(node->kind == K::Break ? ir::StmtKind::Break : ir::StmtKind::Continue, line, out);
      return;
    case S::Return: {
      auto& r = ast::cast<ast::Return>(*node);
      if (spec_.function_->generator_ && return_type_ == f_.return_type_) {
        return_value(nullptr, line, out);  // co_return
        return;
      }
      return_value(r.value ? expr(r.value) : literal(types().none(), "pycxx::none"), line, out);
      return;
    }
    case S::Raise:
      raise_stmt(ast::cast<ast::Raise>(*node), line, out);
      return;
    case S::Try:
      try_stmt(ast::cast<ast::Try>(*node), line, out);
      return;
    case S::Assert: {
      auto& a = ast::cast<ast::Assert>(*node);
      ir::Stmt* s = make(ir::StmtKind::If);
      s->value_ = f_.make(ir::InstKind::Operator, types().boolean(), {truth(expr(a.test))}, "!");
      ir::Stmt* raise = f_.make_stmt(ir::StmtKind::Raise, line);
      raise->exception_ = exception_kind::AssertionError;
      if (a.msg) raise->text_ = message_of(a.msg);
      s->body_.push_back(raise);
      return;
    }
    case S::ExprStmt: {
      auto& e = ast::cast<ast::ExprStmt>(*node);
      if (auto* yield = ast::dyn_cast<ast::Yield>(e.value)) {
        yield_value(yield->value, line, out);
        return;
      }
      if (auto* from = ast::dyn_cast<ast::YieldFrom>(e.value)) {
        yield_from(*from, line, out);
        return;
      }
      if (!message_of(e.value).empty() || ast::dyn_cast<ast::Constant>(e.value)) return;  // docstrings
      ir::Stmt* s = make(ir::StmtKind::Eval);
      s->value_ = expr(e.value);
      return;
    }
    case S::FunctionDef:
      closures(ast::cast<ast::FunctionDef>(*node), line, out);
      return;
    case S::AsyncFunctionDef:
    case S::ClassDef:
    case S::Delete:
    case S::AsyncFor:
    case S::With:
    case S::AsyncWith:
    case S::Match:
    case S::TryStar:
    case S::Import:
    case S::ImportFrom:
    case S::Global:
    case S::Nonlocal:
    case S::Pass:
      return;  // pass, and what sema reported
  }
}

}  // namespace pycxx
