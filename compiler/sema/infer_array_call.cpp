// Calls of numpy shims whose typing rule is not a plain signature (shimscan/typing_rule.def):
// Creation (np.zeros(n), np.empty((h, w), dtype=np.int32), np.full(shape, v)): the shape's
// length gives the rank, dtype= (a numpy scalar type or int/float/bool/complex) the dtype;
// CreationLike (np.zeros_like(a), np.copy(a)): a's rank and dtype; Reduction (np.sum(a,
// axis=1, keepdims=True)): a scalar for axis=None, else an array of the kept dimensions.
// numpy keywords a shim lacks (out=, where=) get a diagnostic naming them.
// Neighbours: infer_call.cpp (dispatches here by rule), lower/lower_call.cpp (the C++ call).
#include <algorithm>
#include <optional>

#include "compiler/sema/dtype_rule.hpp"
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

std::string_view Inferrer::dtype_argument(ast::ExprNode* expr) {
  if (std::string_view dtype = dtype_value_of(expr); !dtype.empty()) return dtype;  // dtype=a.dtype
  if (auto* name = ast::dyn_cast<ast::Name>(expr)) {
    // Python's types as numpy reads them: float -> float64, int -> int64, complex -> complex128.
    if (name->id == "float") return "float64";
    if (name->id == "int") return "int64";
    if (name->id == "bool") return "bool";
    if (name->id == "complex") return "complex128";
  }
  if (auto* constant = ast::dyn_cast<ast::Constant>(expr); constant && constant->value.kind == ast::ConstantValue::Kind::Str) {
    // astype("float32"), dtype="int8": numpy's names; "float", "int", "complex" as the types.
    const std::string& text = constant->value.text;
    if (text == "float") return "float64";
    if (text == "int") return "int64";
    if (text == "complex") return "complex128";
    if (std::string_view dtype = dtype_named(text); !dtype.empty()) return dtype;
  }
  if (std::string_view dtype = dtype_named(numpy_attribute(expr)); !dtype.empty()) return dtype;
  error(DiagnosticKind::UnsupportedExpression, expr,
        "dtype must be written as a numpy type (np.float64, np.int32, ...), its name (\"float32\") or int, float, "
        "bool, complex");
  return {};
}

const shims::ShimFunction* Inferrer::array_method(std::string_view name) const {
  for (std::string_view module : {"numpy.ndarray", "numpy"}) {
    for (const shims::ShimFunction* shim : shims::find_shims(module, name)) {
      bool takes_array = !shim->params.empty() && shim->params.front().name == "a";
      if (!takes_array) continue;
      switch (shims::typing_handler(shim->rule)) {  // the handlers that take a receiver
        case shims::TypingHandler::Reduction:
        case shims::TypingHandler::Creation:
        case shims::TypingHandler::ArrayMethod:
          return shim;
        case shims::TypingHandler::Overloads:
        case shims::TypingHandler::NotCallable:
        case shims::TypingHandler::Ufunc:
        case shims::TypingHandler::Join:
        case shims::TypingHandler::FromData:
          break;
      }
    }
  }
  return nullptr;
}

void Inferrer::unknown_array_keyword(ast::Keyword* keyword, const std::string& callee,
                                     const shims::ShimFunction& shim) {
  std::string name = keyword->arg.value_or("**");
  std::string_view listed = shim.unsupported;
  std::size_t at = listed.find(name + "=");
  bool numpy_has_it = keyword->arg && at != std::string_view::npos &&
                      (at == 0 || listed[at - 1] == ' ' || listed[at - 1] == ',' || listed[at - 1] == '(');
  if (numpy_has_it) {
    std::string hint = name == "out"     ? ": assign the result instead (r[...] = " + callee + "(...))"
                       : name == "where" ? ": select with np.where(mask, ..., ...) instead"
                                         : "";
    error(DiagnosticKind::UnsupportedCall, keyword, "{}() argument '{}=' is not supported in compiled code yet{}",
          callee, name, hint);
    return;
  }
  error(DiagnosticKind::BadCallArguments, keyword, "{}() got an unexpected or repeated keyword argument '{}'", callee,
        name);
}

std::optional<CallTarget> Inferrer::bind_rule_call(ast::Call* call, const std::string& callee,
                                                   const shims::ShimFunction& shim, ast::ExprNode* receiver) {
  CallTarget target;
  target.kind_ = CallTarget::Kind::Shim;
  target.shim_ = &shim;
  target.args_.assign(shim.params.size(), nullptr);
  target.param_types_.assign(shim.params.size(), nullptr);
  std::size_t positional = 0;
  if (receiver) target.args_[positional++] = receiver;
  for (ast::ExprNode* arg : call->args) {
    if (positional >= shim.params.size() || shim.params[positional].keyword_only) {
      error(DiagnosticKind::BadCallArguments, arg, "{}() takes at most {} positional arguments", callee, positional);
      return std::nullopt;
    }
    target.args_[positional++] = arg;
  }
  for (ast::Keyword* keyword : call->keywords) {
    std::size_t index = 0;
    while (index < shim.params.size() && (!keyword->arg || shim.params[index].name != *keyword->arg)) ++index;
    if (index == shim.params.size() || target.args_[index]) {
      unknown_array_keyword(keyword, callee, shim);
      return std::nullopt;
    }
    target.args_[index] = keyword->value;
  }
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    if (!target.args_[i] && !shim.params[i].has_default) {
      error(DiagnosticKind::BadCallArguments, call, "{}() missing required argument '{}'", callee,
            shim.params[i].name);
      return std::nullopt;
    }
  }
  return target;
}

Inferrer::RuleArgs Inferrer::infer_rule_arguments(CallTarget& target, const shims::ShimFunction& shim,
                                                  std::string_view* dtype) {
  bool ok = true;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    ast::ExprNode* arg = target.args_[i];
    if (!arg || shim.params[i].name == "keepdims") continue;
    if (shim.params[i].name == "dtype") {
      if (auto* none = ast::dyn_cast<ast::Constant>(arg); none && none->value.kind == ast::ConstantValue::Kind::None)
        continue;
      *dtype = dtype_argument(arg);
      ok = ok && !dtype->empty();
      continue;
    }
    TypeRef type = infer_expr(arg);
    if (!type) {
      ok = false;
      continue;
    }
    if (contains_unknown(type)) return RuleArgs::Unknown;
    target.param_types_[i] = type;
  }
  return ok ? RuleArgs::Typed : RuleArgs::Failed;
}

TypeRef Inferrer::record_rule_call(ast::Call* call, CallTarget& target, std::string dtype, TypeRef result) {
  using P = CallTarget::Passing;
  const shims::ShimFunction& shim = *target.shim_;
  target.passing_.assign(shim.params.size(), P::Default);
  bool reshapes = false;  // a shape parameter: the result does not keep a's shape
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    const std::string_view name = shim.params[i].name;
    ast::ExprNode* arg = target.args_[i];
    if (name == "dtype") {
      // Spelled out whenever the result is an array (also when np.full's value decided it).
      if (arg || result->is(TypeKind::NDArray)) target.passing_[i] = P::Dtype;
    } else if (name == "keepdims") {
      if (arg) target.passing_[i] = P::Keepdims;
      if (auto* constant = arg ? ast::dyn_cast<ast::Constant>(arg) : nullptr;
          constant && constant->value.kind == ast::ConstantValue::Kind::Bool)
        target.keepdims_ = constant->value.boolean;  // infer_reduction checked it is a literal
    } else if (name == "shape") {
      target.passing_[i] = P::Shape;
      reshapes = true;
      // np.zeros((n, m)) has exactly that shape; np.reshape's may hold a -1, so it is not known.
      if (shim.rule == shims::TypingRule::Creation) {
        target.result_shape_ = CallTarget::ResultShape::ShapeArgument;
        target.shape_argument_ = static_cast<int>(i);
      }
    } else if (arg) {
      target.passing_[i] = P::Value;
    }
  }
  if (shim.rule == shims::TypingRule::CreationLike && !reshapes && !target.param_types_.empty() &&
      target.param_types_.front() && target.param_types_.front()->is(TypeKind::NDArray))
    target.result_shape_ = CallTarget::ResultShape::LikeFirst;
  spec_->calls_[call] = target;
  spec_->call_dtypes_[call] = std::move(dtype);
  return record(call, result);
}

TypeRef Inferrer::infer_creation(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                                 ast::ExprNode* receiver) {
  std::optional<CallTarget> bound = bind_rule_call(call, callee, shim, receiver);
  if (!bound) return nullptr;
  CallTarget& target = *bound;
  int rank = 0;
  std::string_view dtype;
  TypeRef fill = nullptr;
  std::string like;
  RuleArgs typed = infer_rule_arguments(target, shim, &dtype);
  if (typed == RuleArgs::Unknown) return record(call, types().unknown());
  bool ok = typed == RuleArgs::Typed;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    const shims::ShimParam& param = shim.params[i];
    ast::ExprNode* arg = target.args_[i];
    TypeRef type = target.param_types_[i];
    if (!type) continue;  // omitted, dtype=, or its error is reported
    if (param.name == "a") {  // zeros_like(a), copy(a): a's shape, and its dtype unless dtype= says
      if (!type->is(TypeKind::NDArray)) {
        error(DiagnosticKind::TypeMismatch, arg, "{}() takes an array here, not '{}'", callee, type_name(type));
        ok = false;
        continue;
      }
      rank = type->rank_;
      like = type->dtype_;
    } else if (param.name == "shape") {
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
  if (dtype.empty() && !like.empty()) dtype = like;
  if (dtype.empty()) {
    dtype = !fill                         ? "float64"
            : fill->is(TypeKind::NumpyScalar) ? std::string_view(fill->dtype_)  // a numpy scalar fill keeps its dtype
            : fill->number_kind() == 'b'      ? "bool"
            : fill->number_kind() == 'i'      ? "int64"
            : fill->number_kind() == 'c'      ? "complex128"
                                              : "float64";
  }
  return record_rule_call(call, target, std::string(dtype), types().ndarray(dtype, rank));
}

TypeRef Inferrer::infer_reduction(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                                  ast::ExprNode* receiver) {
  std::optional<CallTarget> bound = bind_rule_call(call, callee, shim, receiver);
  if (!bound) return nullptr;
  CallTarget& target = *bound;
  TypeRef array = nullptr;
  std::string_view dtype;
  bool reduce_all = true, keepdims = false, ok = true;
  // Scans (np.cumsum, np.maximum.accumulate) keep a's shape along an axis, or flatten for
  // axis=None; when axis is omitted, its default decides.
  const bool scan = shim.rule == shims::TypingRule::Scan;
  for (const shims::ShimParam& param : shim.params)
    if (param.name == "axis" && param.default_value != "None") reduce_all = false;
  RuleArgs typed = infer_rule_arguments(target, shim, &dtype);
  if (typed == RuleArgs::Unknown) return record(call, types().unknown());
  ok = typed == RuleArgs::Typed;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    const shims::ShimParam& param = shim.params[i];
    ast::ExprNode* arg = target.args_[i];
    if (!arg) continue;
    if (param.name == "keepdims") {
      auto* constant = ast::dyn_cast<ast::Constant>(arg);
      if (!constant || constant->value.kind != ast::ConstantValue::Kind::Bool) {
        error(DiagnosticKind::UnsupportedExpression, arg, "keepdims must be written True or False in compiled code");
        ok = false;
      } else {
        keepdims = constant->value.boolean;
      }
      continue;
    }
    TypeRef type = target.param_types_[i];
    if (!type) continue;  // dtype=, or its error is reported
    if (param.name == "a" || param.name == "array") {
      if (!type->is(TypeKind::NDArray)) {
        error(DiagnosticKind::TypeMismatch, arg, "{}() takes an array here, not '{}'", callee, type_name(type));
        ok = false;
      }
      array = type;
    } else if (param.name == "axis") {
      if (type->is(TypeKind::None)) {
        reduce_all = true;
        continue;
      }
      if (!type->is(TypeKind::Int)) {
        error(DiagnosticKind::UnsupportedExpression, arg, "axis must be an int or None here, not '{}'", type_name(type));
        ok = false;
      }
      reduce_all = false;
    } else if (!type->is_number()) {
      error(DiagnosticKind::TypeMismatch, arg, "argument '{}' of {}() must be a number, not '{}'", param.name, callee,
            type_name(type));
      ok = false;
    }
  }
  if (!ok || !array) return nullptr;
  // dtype= decides; else the shim's dtype rule over a's dtype (a rule that reads dtype=
  // itself, with none given: a's dtype).
  std::string result = !dtype.empty() ? std::string(dtype)
                                      : apply_dtype_rule(shim.dtype_rule, array->dtype_).value_or(array->dtype_);
  TypeRef type = nullptr;
  if (scan) {
    type = types().ndarray(result, reduce_all ? 1 : array->rank_);
  } else if (reduce_all && !keepdims) {
    type = element_type(types(), result);
  } else {
    int rank = keepdims ? array->rank_ : array->rank_ - 1;
    type = rank == 0 ? element_type(types(), result) : types().ndarray(result, rank);
  }
  return record_rule_call(call, target, result, type);
}

}  // namespace pycxx
