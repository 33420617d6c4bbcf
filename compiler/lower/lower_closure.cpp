// A nested def: each specialisation sema made of it inside this specialisation of the
// enclosing function becomes `auto inner__0 = [&](T x) -> R { ... };` where the def stands
// (a Define of a Closure value). The lambda captures by reference, so it reads the enclosing
// locals' values at the time of the call, as Python's closure cells do. Neighbours:
// sema/infer_closure.cpp, lower_module.cpp (which skips closures at module level).
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

void Lowerer::closures(ast::FunctionDef& def, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  for (const auto& nested : sema_.specializations_) {
    if (nested->function_->def_ != &def || nested->enclosing_ != &spec_) continue;
    ir::Value* closure = f_.make(ir::InstKind::Closure, types().function_ref(nested->function_->key_));
    closure->result_type_ = nested->return_type_;
    // A closure calling itself is declared before its lambda is made (emit_function.cpp).
    for (const auto& [call, target] : nested->calls_)
      if (target.kind_ == CallTarget::Kind::Function &&
          sema_.specializations_[static_cast<std::size_t>(target.specialization_)].get() == nested.get())
        closure->recursive_ = true;
    for (const LocalInfo& local : nested->locals_)
      closure->block_locals_.push_back({cpp_identifier(local.name_), local.type_, local.is_param_});
    for (const std::string& name : nested->flagged_locals_)
      closure->block_locals_.push_back({bound_flag(name), types().boolean(), false});
    Lowerer inner(sema_, *nested, f_, module_);
    inner.return_type_ = nested->return_type_;
    inner.temps_ = temps_;  // one numbering of temporaries and finally labels per C++ function
    inner.finally_labels_ = finally_labels_;
    const std::size_t enclosing_locals = f_.locals_.size();
    inner.block(def.body, closure->body_);
    // Its temporaries and finallyN_exit/_value locals are the closure's own (declared in the
    // lambda), so a call of the closure never overwrites those of a call still running.
    for (std::size_t i = enclosing_locals; i < f_.locals_.size(); ++i) closure->block_locals_.push_back(f_.locals_[i]);
    f_.locals_.resize(enclosing_locals);
    if (nested->end_reachable_) {
      ir::Stmt* ret = f_.make_stmt(ir::StmtKind::Return, def.range.end.line);
      ret->value_ = inner.convert(inner.literal(types().none(), "pycxx::none"), nested->return_type_);
      closure->body_.push_back(ret);
    }
    temps_ = inner.temps_;
    finally_labels_ = inner.finally_labels_;
    ir::Stmt* define = f_.make_stmt(ir::StmtKind::Define, line);
    define->target_ = function_identifier(*nested);
    define->value_ = closure;
    out.push_back(define);
  }
}

}  // namespace pycxx
