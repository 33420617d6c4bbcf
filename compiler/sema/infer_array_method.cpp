// Calls of shims with the typing rule ArrayMethod (a.ravel(), a.fill(v), a.reshape(2, 3),
// a.item(), np.ravel(a)): the array `a` first, then parameters typed by their spelling:
// `scalar` (any real or complex number the array's dtype can hold), `shape` (an int, a tuple
// of ints, or the sizes as separate positional arguments, numpy's *shape), or a plain type.
// The result spelling (shimscan/typing_rule.def) is read against a's dtype and rank.
// Neighbours: infer_array_call.cpp (the other array rules), lower/lower_array_method.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

TypeRef Inferrer::infer_array_method(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                                     ast::ExprNode* receiver) {
  CallTarget target;
  target.kind_ = CallTarget::Kind::Shim;
  target.shim_ = &shim;
  const std::size_t params = shim.params.size();
  target.args_.assign(params, nullptr);
  target.param_types_.assign(params, nullptr);
  std::vector<ast::ExprNode*> extra_sizes;  // a.reshape(2, 3): the sizes after the first
  std::size_t next = 0;
  if (receiver) target.args_[next++] = receiver;
  for (ast::ExprNode* arg : call->args) {
    if (next > 1 && shim.params[next - 1].type == "shape") {
      extra_sizes.push_back(arg);  // numpy's *shape collects every remaining positional size
      continue;
    }
    if (next >= params || shim.params[next].keyword_only) {
      if (!shim.unsupported.empty())  // a form numpy has and pycxx not yet (a.item(0))
        error(DiagnosticKind::UnsupportedCall, arg, "{}() takes at most {} positional arguments in compiled code ({} "
              "are not supported yet)", callee, receiver ? next - 1 : next, shim.unsupported);
      else
        error(DiagnosticKind::BadCallArguments, arg, "{}() takes at most {} positional arguments", callee,
              receiver ? next - 1 : next);
      return nullptr;
    }
    target.args_[next++] = arg;
  }
  for (ast::Keyword* keyword : call->keywords) {
    std::size_t index = 0;
    while (index < params && (!keyword->arg || shim.params[index].name != *keyword->arg)) ++index;
    if (index == params || target.args_[index]) {
      unknown_array_keyword(keyword, callee, shim);
      return nullptr;
    }
    target.args_[index] = keyword->value;
  }
  for (std::size_t i = 0; i < params; ++i) {
    if (!target.args_[i] && !shim.params[i].has_default) {
      error(DiagnosticKind::BadCallArguments, call, "{}() missing required argument '{}'", callee,
            shim.params[i].name);
      return nullptr;
    }
  }

  TypeRef array = nullptr;
  int shape_rank = -1;
  bool ok = true;
  for (std::size_t i = 0; i < params; ++i) {
    const shims::ShimParam& param = shim.params[i];
    ast::ExprNode* arg = target.args_[i];
    if (!arg) continue;
    TypeRef type = infer_expr(arg);
    if (!type) {
      ok = false;
      continue;
    }
    if (contains_unknown(type)) return record(call, types().unknown());  // inside a fixpoint
    target.param_types_[i] = type;
    if (i == 0) {
      if (!type->is(TypeKind::NDArray)) {
        error(DiagnosticKind::TypeMismatch, arg, "{}() takes an array here, not '{}'", callee, type_name(type));
        return nullptr;
      }
      array = type;
    } else if (param.type == "shape") {
      bool ints = type->is(TypeKind::Int) ||
                  (type->is(TypeKind::Tuple) && extra_sizes.empty() &&
                   std::all_of(type->elements_.begin(), type->elements_.end(),
                               [](TypeRef t) { return t->is(TypeKind::Int); }));
      shape_rank = type->is(TypeKind::Int) ? 1 + static_cast<int>(extra_sizes.size())
                                           : static_cast<int>(type->elements_.size());
      for (ast::ExprNode* size : extra_sizes) {
        TypeRef size_type = infer_expr(size);
        if (!size_type) return nullptr;
        if (contains_unknown(size_type)) return record(call, types().unknown());
        if (!size_type->is(TypeKind::Int)) {
          error(DiagnosticKind::TypeMismatch, size, "the sizes of {}() must be ints, not '{}'", callee,
                type_name(size_type));
          ok = false;
        }
      }
      if (!ints) {
        error(DiagnosticKind::TypeMismatch, arg, "the shape of {}() must be ints or a tuple of ints, not '{}'", callee,
              type_name(type));
        ok = false;
      }
    } else if (param.type == "scalar") {
      if (!type->is_number()) {
        error(DiagnosticKind::TypeMismatch, arg, "argument '{}' of {}() must be a number, not '{}'", param.name, callee,
              type_name(type));
        ok = false;
      } else if (array && type->number_kind() == 'c' && find_dtype(array->dtype_)->kind_ != 'c') {
        // numpy: TypeError "float() argument must be a string or a real number, not 'complex'".
        error(DiagnosticKind::TypeMismatch, arg, "{}() cannot store a complex number in an array of dtype {}", callee,
              array->dtype_);
        ok = false;
      }
    } else {
      TypeRef want = type_from_spelling(types(), param.type);
      if (!want || !implicitly_converts(type, want)) {
        error(DiagnosticKind::TypeMismatch, arg, "argument '{}' of {}() must be '{}', not '{}'", param.name, callee,
              param.type, type_name(type));
        ok = false;
      } else {
        target.param_types_[i] = want;
      }
    }
  }
  if (!ok || !array) return nullptr;
  if (!extra_sizes.empty()) {
    // The extra sizes follow the parameters in args_ (as *args values do), typed int.
    target.variadic_from_ = static_cast<int>(params);
    for (ast::ExprNode* size : extra_sizes) {
      target.args_.push_back(size);
      target.param_types_.push_back(types().integer());
    }
  }

  const std::string_view result = shim.result_type;
  TypeRef type = nullptr;
  if (result == "ndarray") type = types().ndarray(array->dtype_, shape_rank >= 0 ? shape_rank : array->rank_);
  else if (result == "1-d ndarray") type = types().ndarray(array->dtype_, 1);
  else if (result == "scalar") type = python_scalar_of(types(), element_type(types(), array->dtype_));
  else if (result == "list") {
    type = python_scalar_of(types(), element_type(types(), array->dtype_));
    for (int d = 0; d < array->rank_; ++d) type = types().list(type);
  } else type = type_from_spelling(types(), result);
  if (!type) {
    error(DiagnosticKind::UnsupportedCall, call, "{}() returns a '{}', which pycxx does not support yet", callee,
          result);
    return nullptr;
  }
  spec_->calls_[call] = target;
  spec_->call_dtypes_[call] = array->dtype_;
  return record(call, type);
}

}  // namespace pycxx
