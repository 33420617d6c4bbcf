// try/except/else/finally and raise. A try with a finally becomes TryFinally around the
// rest; return/break/continue leaving its body store which exit they take (and the return
// value) in locals, jump to the finally block (LeaveTry), and take that exit after it, so an
// enclosing finally sees them too. Neighbours: lower_stmt.cpp, emit_function.cpp (the C++).
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"
#include "pycxx/containers/str.hpp"

namespace pycxx {
namespace {

std::optional<exception_kind> exception_named(std::string_view name) {
#define PYCXX_EXCEPTION(Name, Base) \
  if (name == #Name) return exception_kind::Name;
#include "runtime/pycxx/exception_kind.def"
  return std::nullopt;
}

// The classes an `except` clause names (sema checked they are builtin exceptions); empty for
// a bare `except:`.
std::vector<exception_kind> caught_classes(const ast::ExprNode* type) {
  std::vector<exception_kind> kinds;
  if (!type) return kinds;
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(type)) {
    for (const ast::ExprNode* elt : tuple->elts)
      if (auto kind = exception_named(ast::cast<ast::Name>(*elt).id)) kinds.push_back(*kind);
    return kinds;
  }
  kinds.push_back(*exception_named(ast::cast<ast::Name>(*type).id));
  return kinds;
}

// How a LeaveTry left the body, kept in the TryFinally's `why` local.
constexpr std::int64_t leave_by_return = 1, leave_by_break = 2, leave_by_continue = 3;

}  // namespace

ir::Stmt* Lowerer::leave_try(std::int64_t why, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  Finally& finally = finally_.back();
  if (finally.why_.empty()) {
    finally.why_ = fmt::format("finally{}_exit", finally.label_);
    f_.locals_.push_back({finally.why_, types().integer(), false});
  }
  ir::Stmt* set = f_.make_stmt(ir::StmtKind::Assign, line);
  set->target_ = finally.why_;
  set->value_ = literal(types().integer(), std::to_string(why), why);
  out.push_back(set);
  ir::Stmt* leave = f_.make_stmt(ir::StmtKind::LeaveTry, line);
  leave->label_ = finally.label_;
  out.push_back(leave);
  return leave;
}

// `value` null: a generator's co_return (no value).
void Lowerer::return_value(ir::Value* value, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  if (value) value = convert(value, return_type_);
  if (finally_.empty()) {
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::Return, line);
    s->value_ = value;
    out.push_back(s);
    return;
  }
  // Python evaluates the value, runs the finally block, then returns it (unless the finally
  // block returns or raises first).
  Finally& finally = finally_.back();
  if (value && finally.result_.empty()) {
    finally.result_ = fmt::format("finally{}_value", finally.label_);
    f_.locals_.push_back({finally.result_, return_type_, false});
  }
  if (value) {
    ir::Stmt* keep = f_.make_stmt(ir::StmtKind::Assign, line);
    keep->target_ = finally.result_;
    keep->value_ = value;
    out.push_back(keep);
  }
  finally.returns_ = true;
  leave_try(leave_by_return, line, out);
}

void Lowerer::loop_jump(ir::StmtKind kind, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  // Only a loop outside the innermost try-with-finally makes the jump pass through it.
  if (finally_.empty() || finally_.back().loop_depth_ < loop_depth_) {
    out.push_back(f_.make_stmt(kind, line));
    return;
  }
  bool is_break = kind == ir::StmtKind::Break;
  (is_break ? finally_.back().breaks_ : finally_.back().continues_) = true;
  leave_try(is_break ? leave_by_break : leave_by_continue, line, out);
}

void Lowerer::try_stmt(ast::Try& node, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  std::vector<ir::Stmt*>* into = &out;
  ir::Stmt* try_finally = nullptr;
  std::size_t at = out.size();
  if (!node.finalbody.empty()) {
    try_finally = f_.make_stmt(ir::StmtKind::TryFinally, line);
    try_finally->label_ = finally_labels_++;
    out.push_back(try_finally);
    Finally finally;
    finally.label_ = try_finally->label_;
    finally.loop_depth_ = loop_depth_;
    finally_.push_back(finally);
    into = &try_finally->body_;
  }
  if (node.handlers.empty()) {
    block(node.body, *into);  // try/finally (an else needs handlers: the parser says so)
  } else {
    ir::Stmt* s = f_.make_stmt(ir::StmtKind::TryExcept, line);
    into->push_back(s);
    block(node.body, s->body_);
    for (ast::ExceptHandler* clause : node.handlers) {
      ir::Stmt* handler = f_.make_stmt(ir::StmtKind::Handler, clause->range.begin.line);
      handler->exceptions_ = caught_classes(clause->type);
      s->handlers_.push_back(handler);
      bool flagged = clause->name && spec_.flagged_locals_.count(*clause->name);
      auto set_flag = [&](bool bound) {
        ir::Stmt* flag = f_.make_stmt(ir::StmtKind::Assign, handler->line_);
        flag->target_ = bound_flag(*clause->name);
        flag->value_ = literal(types().boolean(), bound ? "true" : "false", bound);
        handler->body_.push_back(flag);
      };
      if (clause->name) handler->target_ = cpp_identifier(*clause->name);
      if (flagged) set_flag(true);
      block(clause->body, handler->body_);
      // Python deletes the name at the end of the clause (`del e`): a later read is unbound.
      if (flagged) set_flag(false);
    }
    block(node.orelse, s->orelse_);
  }
  if (!try_finally) return;
  Finally finally = finally_.back();
  finally_.pop_back();
  block(node.finalbody, try_finally->orelse_);
  if (finally.why_.empty()) return;
  // `why` starts at 0 each time (a loop runs the statement again), and after the finally
  // block the exit that was interrupted is taken: through the next enclosing finally if any.
  ir::Stmt* reset = f_.make_stmt(ir::StmtKind::Assign, line);
  reset->target_ = finally.why_;
  reset->value_ = literal(types().integer(), "0", 0);
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), reset);
  auto resume = [&](std::int64_t why) {
    ir::Stmt* test = f_.make_stmt(ir::StmtKind::If, line);
    ir::Value* local = f_.make(ir::InstKind::Local, types().integer(), {}, finally.why_);
    test->value_ = f_.make(ir::InstKind::Operator, types().boolean(),
                           {local, literal(types().integer(), std::to_string(why), why)}, "==");
    out.push_back(test);
    return test;
  };
  if (finally.returns_) {
    ir::Value* result =
        finally.result_.empty() ? nullptr : f_.make(ir::InstKind::Local, return_type_, {}, finally.result_);
    return_value(result, line, resume(leave_by_return)->body_);
  }
  if (finally.breaks_) loop_jump(ir::StmtKind::Break, line, resume(leave_by_break)->body_);
  if (finally.continues_) loop_jump(ir::StmtKind::Continue, line, resume(leave_by_continue)->body_);
}

void Lowerer::raise_stmt(ast::Raise& node, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  ir::Stmt* s = f_.make_stmt(node.exc ? ir::StmtKind::Raise : ir::StmtKind::Reraise, line);
  // The operands are evaluated first, in Python's order (exception, then cause), into locals
  // unless they are locals already: the Raise then holds plain reads, which the passes and
  // the sequencing of operands need not look into.
  auto held = [&](ir::Value* value) {
    if (value->kind_ == ir::InstKind::Local) return value;
    ir::Stmt* hold = f_.make_stmt(ir::StmtKind::Assign, line);
    hold->target_ = new_temp(value->type_);
    hold->value_ = value;
    out.push_back(hold);
    return f_.make(ir::InstKind::Local, value->type_, {}, hold->target_);
  };
  if (node.exc) {
    if (TypeRef type = type_of(node.exc); type && type->is(TypeKind::Exception)) {
      s->value_ = held(expr(node.exc));  // raise e
    } else {
      auto* call = ast::dyn_cast<ast::Call>(node.exc);
      s->exception_ = *exception_named(ast::cast<ast::Name>(*(call ? call->func : node.exc)).id);
      TypeRef first = call && call->args.size() == 1 ? type_of(call->args[0]) : nullptr;
      // (A str literal message is not typed by sema: a null type there.)
      bool one_message = call && call->args.size() == 1 &&
                         (!first || first->is(TypeKind::Exception) || first->is(TypeKind::Str));
      if (call && !call->args.empty() && !one_message) {
        // Several arguments, or one that is no str: the exception value built from their reprs,
        // evaluated left to right (python_error's arg_reprs).
        std::vector<ir::Value*> reprs;
        for (ast::ExprNode* arg : call->args) {
          ir::Value* value = held(expr(arg));
          reprs.push_back(f_.call(ir::RuntimeOp::Repr, types().str(), {value}));
        }
        s->value_ = held(f_.call(ir::RuntimeOp::ExceptionWithArgs, types().exception(), reprs,
                                 fmt::format("pycxx::exception_kind::{}", exception_name(s->exception_))));
      } else if (call && !call->args.empty()) {
        ast::ExprNode* message = call->args[0];
        if (TypeRef type = type_of(message); type && (type->is(TypeKind::Exception) || type->is(TypeKind::Str)))
          s->message_ = held(expr(message));  // ValueError(e): str(e); ValueError(f"...")
        else
          s->text_ = ast::cast<ast::Constant>(*message).value.text;
        // A KeyError's str is the repr of its argument: its message is that repr (the
        // runtime's own, so CPython's), marked so the boundary rebuilds the argument.
        if (s->exception_ == exception_kind::KeyError && !s->message_) {
          s->text_ = pycxx::repr(pycxx::str(s->text_));
          s->message_is_repr_ = true;
        }
      }
    }
    auto* none = ast::dyn_cast<ast::Constant>(node.cause);
    if (none && none->value.kind == ast::ConstantValue::Kind::None)
      s->from_none_ = true;
    else if (node.cause)
      s->cause_ = held(expr(node.cause));
  }
  out.push_back(s);
}

}  // namespace pycxx
