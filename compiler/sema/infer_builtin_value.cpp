// Builtins and library methods as values where a function is expected: `sorted(xs, key=len)`,
// `key=abs`, `key=str.lower`. The registry (shims) and intrinsic.def say what exists; the value
// is read as the lambda that calls it (`key=len` is `key=lambda a: len(a)`), made once per use
// in the module's synthesized nodes, typed and compiled as any lambda argument
// (infer_container.cpp, lower_container.cpp). Neighbours: infer_call.cpp (the call it makes).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

bool Inferrer::names_builtin_value(const ast::ExprNode* expr) const {
  if (auto* name = ast::dyn_cast<ast::Name>(expr)) {
    if (spec_->find_local(name->id) || find_enclosing_local(name->id) || find_function(name->id) ||
        find_constant(name->id) || find_scoped(name->id))
      return false;
    if (!m_.imported_names_.count(name->id) && intrinsic_of(name->id)) return true;
    auto found = shims_for_name(name->id);
    return !found.empty() && found.front()->rule != shims::TypingRule::Constant;
  }
  // str.lower: a method of a builtin type, named through its class.
  auto* attribute = ast::dyn_cast<ast::Attribute>(expr);
  auto* base = attribute ? ast::dyn_cast<ast::Name>(attribute->value) : nullptr;
  if (!base || spec_->find_local(base->id) || find_enclosing_local(base->id) || m_.module_aliases_.count(base->id) ||
      find_scoped(base->id))
    return false;
  return !shims::find_shims("builtins." + base->id, attribute->attr).empty() ||
         intrinsic_of(base->id + "." + attribute->attr).has_value();
}

ast::Lambda* Inferrer::builtin_value(ast::ExprNode* expr, std::size_t arity) {
  if (!names_builtin_value(expr)) return nullptr;
  ast::Lambda*& lambda = m_.builtin_lambdas_[{expr, arity}];
  if (lambda) return lambda;
  ast::AstContext& nodes = m_.synthesized_;
  lambda = nodes.make<ast::Lambda>(expr->range);
  lambda->args = nodes.make<ast::Arguments>(expr->range);
  auto* call = nodes.make<ast::Call>(expr->range);
  std::vector<ast::ExprNode*> reads;
  for (std::size_t i = 0; i < arity; ++i) {
    auto* param = nodes.make<ast::Arg>(expr->range);
    param->arg = fmt::format("pycxx_arg{}", i);
    lambda->args->args.push_back(param);
    auto* read = nodes.make<ast::Name>(expr->range);
    read->id = param->arg;
    read->ctx = ast::ExprContext::Load;
    reads.push_back(read);
  }
  if (auto* name = ast::dyn_cast<ast::Name>(expr)) {
    auto* callee = nodes.make<ast::Name>(expr->range);
    callee->id = name->id;
    callee->ctx = ast::ExprContext::Load;
    call->func = callee;
    call->args = reads;
  } else {
    // str.lower(s) is s.lower(): the first argument is the receiver.
    auto& attribute = ast::cast<ast::Attribute>(*expr);
    if (reads.empty()) return lambda = nullptr;
    auto* method = nodes.make<ast::Attribute>(expr->range);
    method->value = reads.front();
    method->attr = attribute.attr;
    method->ctx = ast::ExprContext::Load;
    call->func = method;
    call->args.assign(reads.begin() + 1, reads.end());
  }
  lambda->body = call;
  return lambda;
}

}  // namespace pycxx
