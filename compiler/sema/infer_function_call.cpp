// Calls of this module's functions (and closures, functions passed in): arguments bound to
// parameters as Python binds them (keywords, defaults), checked against the annotations,
// and the specialisation for the bound types (infer_function.cpp's specialize).
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

// A function of this module: arguments bound to parameters as Python binds them, the
// specialisation for the bound types.
TypeRef Inferrer::infer_function_call(ast::Call* call, const std::string& callee, FunctionInfo* function,
                                      const std::vector<TypeRef>& arg_types, const std::vector<TypeRef>& keyword_types) {
  CallTarget target;
  const std::size_t count = function->param_names_.size();
  std::vector<ast::ExprNode*> bound(count, nullptr);
  std::vector<TypeRef> bound_types(count, nullptr);
  if (call->args.size() > count) {
    error(DiagnosticKind::BadCallArguments, call, "{}() takes {} argument{} but {} were given", callee, count,
          count == 1 ? "" : "s", call->args.size());
    return nullptr;
  }
  for (std::size_t i = 0; i < call->args.size(); ++i) {
    bound[i] = call->args[i];
    bound_types[i] = arg_types[i];
  }
  for (std::size_t k = 0; k < call->keywords.size(); ++k) {
    const std::string& key = *call->keywords[k]->arg;
    auto it = std::find(function->param_names_.begin(), function->param_names_.end(), key);
    if (it == function->param_names_.end()) {
      error(DiagnosticKind::BadCallArguments, call->keywords[k], "{}() got an unexpected keyword argument '{}'",
            callee, key);
      return nullptr;
    }
    std::size_t index = static_cast<std::size_t>(it - function->param_names_.begin());
    if (bound[index]) {
      error(DiagnosticKind::BadCallArguments, call->keywords[k], "{}() got multiple values for argument '{}'", callee,
            key);
      return nullptr;
    }
    bound[index] = call->keywords[k]->value;
    bound_types[index] = keyword_types[k];
  }
  std::vector<TypeRef> params(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (!bound[i]) {
      if (!function->param_defaults_[i]) {
        error(DiagnosticKind::BadCallArguments, call, "{}() missing required argument '{}'", callee,
              function->param_names_[i]);
        return nullptr;
      }
      bound[i] = function->param_defaults_[i];
      bound_types[i] = infer_expr(bound[i]);
      if (!bound_types[i]) return nullptr;
    }
    TypeRef annotated = function->param_annotations_[i];
    if (annotated && !annotated->is(TypeKind::Unknown) && !contains_unknown(bound_types[i]) &&
        !implicitly_converts(bound_types[i], annotated)) {
      error(DiagnosticKind::BadCallArguments, bound[i], "argument '{}' of {}() must be '{}', not '{}'",
            function->param_names_[i], callee, type_name(annotated), type_name(bound_types[i]));
      return nullptr;
    }
    params[i] = annotated ? annotated : bound_types[i];
    if (annotated && !contains_unknown(bound_types[i]) &&
        (annotated->is(TypeKind::Union) || (annotated->is(TypeKind::NDArray) && annotated->rank_ == 0))) {
      // A union or rank-less array annotation: the alternative the argument is, else the
      // first it converts to (an int passed to `float | None` takes the float form).
      std::vector<TypeRef> choices = alternatives(types(), annotated);
      auto exact = std::find(choices.begin(), choices.end(), bound_types[i]);
      auto fits = std::find_if(choices.begin(), choices.end(),
                               [&](TypeRef choice) { return implicitly_converts(bound_types[i], choice); });
      params[i] = exact != choices.end() ? *exact : *fits;
    }
    // `x: float` passed a numpy.float64 holds the numpy scalar, as in CPython (annotations
    // convert nothing there): a specialisation for the argument's type when they join.
    if (annotated && join_scalars(types(), annotated, bound_types[i]) == bound_types[i]) params[i] = bound_types[i];
  }
  if (std::any_of(params.begin(), params.end(), contains_unknown)) return record(call, types().unknown());
  if (function->enclosing_) {
    // A closure runs inside the function that defines it (it reads that one's locals).
    bool inside = false;
    for (const Specialization* scope = spec_; scope && !inside; scope = scope->enclosing_)
      inside = scope->function_ == function->enclosing_;
    if (!inside) {
      error(DiagnosticKind::UnsupportedExpression, call,
            "'{}' is a nested function (or a lambda stored in a variable) of '{}', called here from another function: "
            "compiled closures are called in the function that defines them or passed to library functions "
            "(sorted(xs, key=f))",
            callee, function->enclosing_->name_);
      return nullptr;
    }
  }
  target.kind_ = CallTarget::Kind::Function;
  target.args_ = bound;
  target.param_types_ = params;
  target.specialization_ = specialize(*function, params);
  const Specialization& spec = *m_.specializations_[target.specialization_];
  if (contains_unknown(spec.return_type_)) used_unknown_ = true;
  spec_->calls_[call] = target;
  return record(call, spec.return_type_);
}

}  // namespace pycxx
