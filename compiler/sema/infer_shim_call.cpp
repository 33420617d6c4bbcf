// Calls of library functions typed by their C++ signature (TypingRule::Signature): the
// overload whose parameters take the arguments, preferring exact types. A generic shim binds
// its type variables from the arguments left to right (generic.cpp); a Callable parameter
// (sorted's key) takes a lambda or a function name, typed by the bound parameter types. A
// method (`s.lower()`, `xs.append(x)`) is a shim of module "builtins.<type>" whose first
// parameter is the receiver. Neighbours: infer_call.cpp (dispatch), infer_container.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

// A lambda or function name not typed yet, or a function held by a local (`key=last_letter`).
bool is_untyped_callable(TypeRef type) {
  return (type->is(TypeKind::Callable) && type->elements_.empty()) || type->is(TypeKind::FunctionRef);
}

// One way of binding a call to one overload.
struct Attempt {
  CallTarget target;
  std::vector<TypeRef> patterns;  // per bound argument: the parameter's type spelling as a type
  TypeBindings bindings;
  int score = 0;
};

}  // namespace

TypeRef Inferrer::infer_shim_call(ast::Call* call, const std::string& callee,
                                  const std::vector<const shims::ShimFunction*>& candidates, ast::ExprNode* receiver) {
  std::vector<ast::ExprNode*> positional;
  if (receiver) positional.push_back(receiver);
  positional.insert(positional.end(), call->args.begin(), call->args.end());
  std::vector<TypeRef> positional_types, keyword_types;
  bool ok = true, unknown = false;
  // Lambdas and function names wait for the parameter that types them.
  auto argument_type = [&](ast::ExprNode* arg) {
    if (arg == receiver) return spec_->type_of(arg);
    bool saved = callable_argument_;
    callable_argument_ = true;
    TypeRef type = infer_expr(arg);
    callable_argument_ = saved;
    if (!type) ok = false;
    else if (contains_unknown(type)) unknown = true;
    return type;
  };
  for (ast::ExprNode* arg : positional) positional_types.push_back(argument_type(arg));
  for (ast::Keyword* keyword : call->keywords) keyword_types.push_back(argument_type(keyword->value));
  if (!ok) return nullptr;
  if (unknown) return record(call, types().unknown());

  std::optional<Attempt> best;
  const shims::ShimFunction* best_shim = nullptr;
  const bool saved_report = report_;
  for (const shims::ShimFunction* shim : candidates) {
    if (shim->rule != shims::TypingRule::Signature) continue;
    Attempt attempt;
    attempt.target.kind_ = CallTarget::Kind::Shim;
    attempt.target.shim_ = shim;
    const std::size_t params = shim->params.size();
    std::vector<ast::ExprNode*> bound(params, nullptr);
    std::vector<TypeRef> bound_types(params, nullptr);
    attempt.patterns.assign(params, nullptr);
    bool fits = true;
    std::size_t next = 0;
    for (std::size_t i = 0; i < positional.size() && fits; ++i) {
      if (next < params && shim->params[next].variadic) {
        if (attempt.target.variadic_from_ < 0) attempt.target.variadic_from_ = static_cast<int>(bound.size());
        bound.push_back(positional[i]);
        bound_types.push_back(positional_types[i]);
        attempt.patterns.push_back(type_from_spelling(types(), shim->params[next].type));
        continue;
      }
      if (next >= params || shim->params[next].keyword_only) {
        fits = false;
        break;
      }
      bound[next] = positional[i];
      bound_types[next] = positional_types[i];
      ++next;
    }
    for (std::size_t k = 0; k < call->keywords.size() && fits; ++k) {
      auto it = std::find_if(shim->params.begin(), shim->params.end(),
                             [&](const shims::ShimParam& p) { return p.name == *call->keywords[k]->arg; });
      if (it == shim->params.end() || it->positional_only || it->variadic) {
        fits = false;
        break;
      }
      auto index = static_cast<std::size_t>(it - shim->params.begin());
      if (bound[index]) fits = false;
      bound[index] = call->keywords[k]->value;
      bound_types[index] = keyword_types[k];
    }
    for (std::size_t i = 0; i < params && fits; ++i) {
      const shims::ShimParam& param = shim->params[i];
      if (param.variadic) {
        if (attempt.target.variadic_from_ < 0) attempt.target.variadic_from_ = static_cast<int>(bound.size());
        continue;
      }
      if (!bound[i] && !param.has_default) fits = false;
      if (bound[i]) attempt.patterns[i] = type_from_spelling(types(), param.type);
    }
    // Values first (they bind the type variables), then the callables they type.
    std::vector<std::size_t> callables;
    for (std::size_t i = 0; i < bound.size() && fits; ++i) {
      if (!bound[i]) continue;
      TypeRef pattern = attempt.patterns[i];
      if (!pattern) {
        fits = false;
      } else if (pattern->is(TypeKind::Callable) && is_untyped_callable(bound_types[i])) {
        callables.push_back(i);
      } else if (is_untyped_callable(bound_types[i]) || !match_type(types(), pattern, bound_types[i], attempt.bindings)) {
        fits = false;
      } else {
        attempt.score += pattern == bound_types[i] || is_generic(pattern);
      }
    }
    for (std::size_t i : callables) {
      if (!fits) break;
      TypeRef pattern = attempt.patterns[i];
      std::vector<TypeRef> call_params;
      for (std::size_t p = 0; p + 1 < pattern->elements_.size() && fits; ++p) {
        call_params.push_back(substitute(types(), pattern->elements_[p], attempt.bindings));
        if (!call_params.back()) fits = false;
      }
      if (!fits) break;
      report_ = false;  // a trial: the chosen overload's callables are inferred again, reporting
      TypeRef result = infer_callable_argument(bound[i], call_params);
      report_ = saved_report;
      if (!result || !match_type(types(), pattern->elements_.back(), result, attempt.bindings)) fits = false;
    }
    if (!fits) continue;
    attempt.target.args_ = bound;
    attempt.target.param_types_ = bound_types;
    if (!best || attempt.score > best->score) {
      best = std::move(attempt);
      best_shim = shim;
    }
  }
  if (!best) {
    std::string given;
    for (std::size_t i = 0; i < positional_types.size(); ++i)
      given += (i ? ", " : "") + (is_untyped_callable(positional_types[i]) ? std::string("function")
                                                                          : type_name(positional_types[i]));
    for (std::size_t k = 0; k < keyword_types.size(); ++k)
      given += (given.empty() ? "" : ", ") + *call->keywords[k]->arg + "=" +
               (is_untyped_callable(keyword_types[k]) ? std::string("function") : type_name(keyword_types[k]));
    std::string accepted;
    for (const shims::ShimFunction* shim : candidates) accepted += fmt::format("\n    {}", shim->python_signature);
    error(DiagnosticKind::BadCallArguments, call, "no form of {}() takes arguments ({}); the supported forms are:{}",
          callee, given, accepted);
    return nullptr;
  }
  // The chosen overload: each argument converts to its parameter's type with the variables bound.
  CallTarget& target = best->target;
  for (std::size_t i = 0; i < target.args_.size(); ++i) {
    if (!target.args_[i]) continue;
    TypeRef pattern = best->patterns[i];
    if (pattern->is(TypeKind::Callable) && is_untyped_callable(target.param_types_[i])) {
      std::vector<TypeRef> call_params;
      for (std::size_t p = 0; p + 1 < pattern->elements_.size(); ++p)
        call_params.push_back(substitute(types(), pattern->elements_[p], best->bindings));
      if (!infer_callable_argument(target.args_[i], call_params)) return nullptr;
      target.param_types_[i] = spec_->callables_.at(target.args_[i]);
      continue;
    }
    TypeRef want = substitute(types(), pattern, best->bindings);
    // Iterable[T] takes the argument as it is (a list, a str, an iterator).
    target.param_types_[i] = want && !pattern->is(TypeKind::Iterable) ? want : target.param_types_[i];
  }
  TypeRef pattern = type_from_spelling(types(), best_shim->result_type);
  TypeRef result = pattern ? substitute(types(), pattern, best->bindings) : nullptr;
  if (!result) {
    error(DiagnosticKind::UnsupportedCall, call, "{}() returns a '{}', which pycxx does not support yet", callee,
          best_shim->result_type);
    return nullptr;
  }
  spec_->calls_[call] = target;
  return record(call, result);
}

}  // namespace pycxx
