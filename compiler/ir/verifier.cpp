// Checks the IR's invariants after lowering and after every pass (mypyc's analysis/ircheck.py):
// every value has a type, operands exist, locals read and written are declared, break and
// continue sit inside loops, conditions are bool. Neighbours: ir.hpp, printer.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <set>

#include "compiler/ir/ir.hpp"

namespace pycxx::ir {
namespace {

struct Verifier {
  const Function* function_ = nullptr;
  std::set<std::string> locals_;
  std::vector<std::string> problems_;
  int loops_ = 0;
  std::vector<TypeRef> returns_;  // inside closures: what their returns must be
  std::vector<int> finally_labels_;     // the TryFinally bodies around the statement
  std::vector<std::size_t> loop_finally_;  // per loop: how many TryFinally bodies were open at it
  int handlers_ = 0;                    // except handler bodies around the statement

  // The operands of a Raise are locals (lowering evaluates them first, in order).
  void exception_value(const Value* v, const char* what) {
    value(v);
    if (v && v->type_ && !v->type_->is(TypeKind::Exception)) fail(fmt::format("{} is not an exception value", what));
    if (v && v->kind_ != InstKind::Local) fail(fmt::format("{} is not a local", what));
  }

  void fail(std::string message) { problems_.push_back(fmt::format("{}: {}", function_->name_, message)); }

  void value(const Value* v) {
    if (!v) return fail("missing value");
    if (!v->type_) fail("value without a type");
    // A Block's and a Lambda's own locals are visible inside them only.
    std::vector<std::string> added;
    for (const Local& local : v->block_locals_)
      if (locals_.insert(local.name_).second) added.push_back(local.name_);
    if (v->kind_ == InstKind::Closure) {
      // A closure's body is a function of its own: no loop, finally or handler around it.
      returns_.push_back(v->result_type_);
      auto saved_finally = std::exchange(finally_labels_, {});
      auto saved_loops = std::exchange(loop_finally_, {});
      int saved_handlers = std::exchange(handlers_, 0);
      int saved_loop_count = std::exchange(loops_, 0);
      block(v->body_);
      finally_labels_ = std::move(saved_finally);
      loop_finally_ = std::move(saved_loops);
      handlers_ = saved_handlers;
      loops_ = saved_loop_count;
      returns_.pop_back();
    } else {
      block(v->body_);
    }
    for (const Value* operand : v->operands_) value(operand);
    for (const std::string& name : added) locals_.erase(name);
    switch (v->kind_) {
      case InstKind::Local:
        if (!locals_.count(v->text_)) fail("read of undeclared local " + v->text_);
        break;
      case InstKind::Truth:
      case InstKind::CheckBound:
      case InstKind::Convert:
      case InstKind::TupleGet:
        if (v->operands_.size() != 1) fail("expects one operand");
        if (v->kind_ == InstKind::TupleGet && v->operands_.size() == 1 &&
            static_cast<std::size_t>(v->int_) >= v->operands_[0]->type_->elements_.size())
          fail("tuple index out of range");
        break;
      case InstKind::Select:
        if (v->operands_.size() != 3) fail("select expects three operands");
        break;
      case InstKind::Element:
      case InstKind::StoreElement: {
        std::size_t indices = v->operands_.size() - (v->kind_ == InstKind::StoreElement ? 2 : 1);
        if (v->operands_.empty() || !v->operands_[0]->type_->is(TypeKind::NDArray) ||
            static_cast<int>(indices) != v->operands_[0]->type_->rank_)
          fail("element access needs an array and one index per dimension");
        if (v->in_bounds_ >> indices) fail("an index proven in bounds that the access does not have");
        break;
      }
      case InstKind::Literal:
      case InstKind::Global:
      case InstKind::Runtime:
      case InstKind::Operator:
      case InstKind::SetTemp:
      case InstKind::Sequence:
      case InstKind::MakeTuple:
      case InstKind::CallFunction:
      case InstKind::CallShim:
      case InstKind::MakeContainer:
      case InstKind::Construct:
        break;
      case InstKind::Block:
      case InstKind::Lambda:
        if (v->operands_.size() != 1) fail("a block or lambda yields one value");
        break;
      case InstKind::Closure:
        if (!v->result_type_) fail("a closure without a return type");
        break;
    }
  }

  void block(const std::vector<Stmt*>& body) {
    for (const Stmt* stmt : body) this->stmt(stmt);
  }

  void condition(const Value* v) {
    value(v);
    if (v && v->type_ && !v->type_->is(TypeKind::Bool)) fail("condition is not a bool");
  }

  void stmt(const Stmt* s) {
    switch (s->kind_) {
      case StmtKind::Assign:
        if (!locals_.count(s->target_)) fail("assignment to undeclared local " + s->target_);
        value(s->value_);
        return;
      case StmtKind::Eval:
        value(s->value_);
        return;
      case StmtKind::Yield:
        if (!function_->generator_) fail("yield outside a generator function");
        value(s->value_);
        return;
      case StmtKind::Define:
        value(s->value_);
        locals_.insert(s->target_);
        return;
      case StmtKind::If:
        condition(s->value_);
        block(s->body_);
        block(s->orelse_);
        return;
      case StmtKind::While:
      case StmtKind::ForRange:
      case StmtKind::ForEach:
        if (s->kind_ == StmtKind::While) condition(s->value_);
        if (s->kind_ == StmtKind::ForEach) value(s->value_);
        if (s->kind_ != StmtKind::While && !locals_.count(s->target_)) fail("loop over undeclared local " + s->target_);
        for (const Value* v : s->range_) value(v);
        ++loops_;
        loop_finally_.push_back(finally_labels_.size());
        block(s->body_);
        loop_finally_.pop_back();
        --loops_;
        block(s->orelse_);
        return;
      case StmtKind::Break:
      case StmtKind::Continue:
        if (loops_ == 0) fail("break or continue outside a loop");
        else if (loop_finally_.back() != finally_labels_.size()) fail("break or continue skips a finally block");
        return;
      case StmtKind::Return:
        if (!finally_labels_.empty()) fail("return skips a finally block");
        if (s->value_) value(s->value_);
        if (function_->generator_ && returns_.empty() && s->value_) fail("a generator's return carries a value");
        if (!function_->generator_ && s->value_ &&
            s->value_->type_ != (returns_.empty() ? function_->return_type_ : returns_.back()))
          fail("return value of another type");
        return;
      case StmtKind::Raise:
        if (s->value_) exception_value(s->value_, "the raised value");
        if (s->message_ && !(s->message_->type_ && s->message_->type_->is(TypeKind::Str)))
          exception_value(s->message_, "the message");
        if (s->cause_) exception_value(s->cause_, "the cause");
        if (s->cause_ && s->from_none_) fail("raise from both a cause and None");
        return;
      case StmtKind::Reraise:
        if (handlers_ == 0) fail("bare raise outside an except handler");
        return;
      case StmtKind::TryExcept:
        block(s->body_);
        if (s->handlers_.empty()) fail("try without handlers");
        for (std::size_t i = 0; i < s->handlers_.size(); ++i) {
          const Stmt* handler = s->handlers_[i];
          if (handler->kind_ != StmtKind::Handler) {
            fail("a handler that is not a Handler statement");
            continue;
          }
          if (handler->exceptions_.empty() && i + 1 != s->handlers_.size()) fail("bare except is not last");
          if (!handler->target_.empty()) {
            auto local = std::find_if(function_->locals_.begin(), function_->locals_.end(),
                                      [&](const Local& l) { return l.name_ == handler->target_; });
            if (local == function_->locals_.end() || !local->type_->is(TypeKind::Exception))
              fail("except ... as " + handler->target_ + ": not an exception local");
          }
          ++handlers_;
          block(handler->body_);
          --handlers_;
        }
        block(s->orelse_);
        return;
      case StmtKind::Handler:
        fail("Handler outside a TryExcept");
        return;
      case StmtKind::TryFinally:
        finally_labels_.push_back(s->label_);
        block(s->body_);
        finally_labels_.pop_back();
        block(s->orelse_);
        return;
      case StmtKind::LeaveTry:
        if (finally_labels_.empty() || finally_labels_.back() != s->label_)
          fail(fmt::format("leave to finally {} outside its try body", s->label_));
        return;
    }
  }
};

}  // namespace

std::vector<std::string> verify_module(const Module& module) {
  std::vector<std::string> problems;
  for (const auto& function : module.functions_) {
    if (function->closure_) continue;  // checked inside its enclosing function
    Verifier verifier;
    verifier.function_ = function.get();
    for (const Local& local : function->locals_) verifier.locals_.insert(local.name_);
    verifier.block(function->body_);
    problems.insert(problems.end(), verifier.problems_.begin(), verifier.problems_.end());
  }
  return problems;
}

}  // namespace pycxx::ir
