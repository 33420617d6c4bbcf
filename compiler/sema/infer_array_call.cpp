// Calls of numpy shims whose typing rule is not a plain signature (shimscan/typing_rule.def):
// Creation (np.zeros(n), np.empty((h, w), dtype=np.int32), np.full(shape, v)). The shape's
// length gives the rank, dtype= (a numpy scalar type or int/float/bool/complex) the dtype.
// Neighbours: infer_call.cpp (dispatches here by rule), lower/lower_call.cpp (the C++ call).
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

std::string_view Inferrer::dtype_argument(ast::ExprNode* expr) {
  if (auto* name = ast::dyn_cast<ast::Name>(expr)) {
    // Python's types as numpy reads them: float -> float64, int -> int64, complex -> complex128.
    if (name->id == "float") return "float64";
    if (name->id == "int") return "int64";
    if (name->id == "bool") return "bool";
    if (name->id == "complex") return "complex128";
  }
  std::string_view attr = numpy_attribute(expr);
  if (attr == "bool_") return "bool";
  if (attr == "double") return "float64";
  if (!attr.empty() && find_dtype(attr)) return attr;
  error(DiagnosticKind::UnsupportedExpression, expr,
        "dtype must be written as a numpy type (np.float64, np.int32, ...) or int, float, bool, complex");
  return {};
}

TypeRef Inferrer::infer_creation(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim) {
  CallTarget target;
  target.kind_ = CallTarget::Kind::Shim;
  target.shim_ = &shim;
  target.args_.assign(shim.params.size(), nullptr);
  target.param_types_.assign(shim.params.size(), nullptr);
  if (call->args.size() > shim.params.size()) {
    error(DiagnosticKind::BadCallArguments, call, "{}() takes at most {} arguments", callee, shim.params.size());
    return nullptr;
  }
  for (std::size_t i = 0; i < call->args.size(); ++i) target.args_[i] = call->args[i];
  for (ast::Keyword* keyword : call->keywords) {
    std::size_t index = 0;
    while (index < shim.params.size() && (!keyword->arg || shim.params[index].name != *keyword->arg)) ++index;
    if (index == shim.params.size() || target.args_[index]) {
      error(DiagnosticKind::BadCallArguments, keyword, "{}() got an unexpected or repeated keyword argument '{}'",
            callee, keyword->arg.value_or("**"));
      return nullptr;
    }
    target.args_[index] = keyword->value;
  }
  int rank = 0;
  std::string_view dtype;
  TypeRef fill = nullptr;
  bool ok = true;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    const shims::ShimParam& param = shim.params[i];
    ast::ExprNode* arg = target.args_[i];
    if (!arg) {
      if (!param.has_default) {
        error(DiagnosticKind::BadCallArguments, call, "{}() missing required argument '{}'", callee, param.name);
        ok = false;
      }
      continue;
    }
    if (param.name == "dtype") {
      dtype = dtype_argument(arg);
      ok = ok && !dtype.empty();
      continue;
    }
    TypeRef type = infer_expr(arg);
    if (!type) {
      ok = false;
      continue;
    }
    target.param_types_[i] = type;
    if (param.name == "shape") {
      bool ints = type->is(TypeKind::Int) ||
                  (type->is(TypeKind::Tuple) && !type->elements_.empty() &&
                   std::all_of(type->elements_.begin(), type->elements_.end(),
                               [](TypeRef t) { return t->is(TypeKind::Int); }));
      if (!ints) {
        error(DiagnosticKind::TypeMismatch, arg, "the shape of {}() must be an int or a tuple of ints, not '{}'", callee,
              type_name(type));
        ok = false;
      }
      rank = type->is(TypeKind::Int) ? 1 : static_cast<int>(type->elements_.size());
    } else if (type->is_number()) {
      fill = type;  // np.full's fill_value: its type gives the dtype when dtype= is omitted
    } else {
      error(DiagnosticKind::TypeMismatch, arg, "argument '{}' of {}() must be a number, not '{}'", param.name, callee,
            type_name(type));
      ok = false;
    }
  }
  if (!ok) return nullptr;
  if (dtype.empty()) {
    dtype = !fill                          ? "float64"
            : fill->is(TypeKind::Bool)     ? "bool"
            : fill->is(TypeKind::Int)      ? "int64"
            : fill->is(TypeKind::Complex) ? "complex128"
                                           : "float64";
  }
  spec_->calls_[call] = target;
  return record(call, types().ndarray(dtype, rank));
}

}  // namespace pycxx
