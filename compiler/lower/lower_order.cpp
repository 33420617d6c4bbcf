// Python evaluates operands left to right; C++ leaves the order of function arguments and
// of the operands of + unspecified. When two or more operands of one call or operator may
// raise (which error a Python caller sees depends on the order), the earlier ones are
// stored in temporaries first, sequenced by the comma operator:
//
//   before:  Runtime[pycxx::int_add](CallFunction[fib](...), CallFunction[fib](...))
//   after:   Sequence(SetTemp[tmp0_](CallFunction[fib](...)),
//                     Runtime[pycxx::int_add](Local[tmp0_], CallFunction[fib](...)))
//
// A tuple display needs nothing: a braced initialiser list is evaluated in order.
// Neighbours: lower_module.cpp (runs this on every function after lowering it).
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

// Lazy iterables (zip(...), d.items()) and lambdas have no C++ type to declare a temporary with.
bool holdable(const ir::Value* v) {
  return !v->type_ || (!v->type_->is(TypeKind::Iterator) && !v->type_->is(TypeKind::Callable));
}

bool may_raise(const ir::Value* v) {
  if (v->kind_ == ir::InstKind::Lambda) return false;  // its body runs later, when called
  // Index helpers (pycxx::slice(...), dtype arguments) are typed Unknown: never held in a temporary.
  if (v->type_ && v->type_->is(TypeKind::Unknown)) return false;
  // An array expression is a lazy node: building it raises only for shapes that do not
  // broadcast, and fixing its operands' order would materialise them (no fusion).
  if (v->type_ && v->type_->is(TypeKind::NDArray) && v->kind_ != ir::InstKind::CallFunction) {
    for (const ir::Value* operand : v->operands_)
      if (operand->kind_ == ir::InstKind::CallFunction) return true;
    return false;
  }
  if (v->kind_ == ir::InstKind::CallFunction || v->kind_ == ir::InstKind::CallShim) return true;
  if (v->kind_ == ir::InstKind::Element || v->kind_ == ir::InstKind::StoreElement) return true;  // IndexError
  if (v->kind_ == ir::InstKind::Runtime && ir::runtime_op_info(v->runtime_).raises_) return true;
  for (const ir::Value* operand : v->operands_)
    if (may_raise(operand)) return true;
  return false;
}

struct Sequencer {
  ir::Function& f_;
  int& temps_;
  // Where temporaries are declared: the function, or the closure being visited (its own locals).
  std::vector<ir::Local>* locals_ = &f_.locals_;

  void block(std::vector<ir::Stmt*>& body);

  ir::Value* visit(ir::Value* v) {
    for (ir::Value*& operand : v->operands_) operand = visit(operand);
    std::vector<ir::Local>* saved = locals_;
    if (v->kind_ == ir::InstKind::Closure) locals_ = &v->block_locals_;
    block(v->body_);  // a comprehension's statements, a closure's body
    locals_ = saved;
    bool ordered_by_cpp = v->kind_ == ir::InstKind::MakeTuple || v->kind_ == ir::InstKind::MakeContainer ||
                          v->kind_ == ir::InstKind::Select ||
                          v->kind_ == ir::InstKind::Sequence ||
                          (v->kind_ == ir::InstKind::Operator && (v->text_ == "&&" || v->text_ == "||"));
    if (ordered_by_cpp || v->operands_.size() < 2) return v;
    std::vector<std::size_t> raising;
    for (std::size_t i = 0; i < v->operands_.size(); ++i)
      if (may_raise(v->operands_[i]) && (holdable(v->operands_[i]) || i + 1 == v->operands_.size())) raising.push_back(i);
    if (raising.size() < 2) return v;
    std::vector<ir::Value*> steps;
    for (std::size_t k = 0; k + 1 < raising.size(); ++k) {
      ir::Value*& operand = v->operands_[raising[k]];
      std::string temp = fmt::format("tmp{}_", temps_++);
      locals_->push_back({temp, operand->type_, false});
      steps.push_back(f_.make(ir::InstKind::SetTemp, operand->type_, {operand}, temp));
      operand = f_.make(ir::InstKind::Local, operand->type_, {}, temp);
    }
    steps.push_back(v);
    return f_.make(ir::InstKind::Sequence, v->type_, steps);
  }

  void block_impl(std::vector<ir::Stmt*>& body) {
    for (ir::Stmt* s : body) {
      if (s->value_) s->value_ = visit(s->value_);
      for (ir::Value*& v : s->range_) v = visit(v);
      block_impl(s->body_);
      block_impl(s->orelse_);
      block_impl(s->handlers_);
    }
  }
};

void Sequencer::block(std::vector<ir::Stmt*>& body) { block_impl(body); }

}  // namespace

void sequence_operands(ir::Function& function, int& temps) {
  Sequencer sequencer{function, temps};
  sequencer.block(function.body_);
}

}  // namespace pycxx
