// Calls: to module functions (a specialisation per argument types; keywords and defaults
// bound as Python binds them), to shims from the registry (math.sqrt, abs, round: the
// overload whose parameter types take the arguments), to intrinsics (range, int, float,
// bool, complex, z.conjugate()). Also the module-level constants' types.
// Neighbours: infer_function.cpp (specialize), intrinsic.def, the shim registry.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

std::optional<IntrinsicKind> intrinsic_named(std::string_view name) {
#define PYCXX_INTRINSIC(Name, PythonName) \
  if (name == PythonName) return IntrinsicKind::Name;
#include "compiler/sema/intrinsic.def"
  return std::nullopt;
}

}  // namespace

std::optional<IntrinsicKind> intrinsic_of(std::string_view name) { return intrinsic_named(name); }

namespace {

std::string callee_text(const ast::Call& call) {
  if (auto* name = ast::dyn_cast<ast::Name>(call.func)) return name->id;
  if (auto* attribute = ast::dyn_cast<ast::Attribute>(call.func)) {
    if (auto* base = ast::dyn_cast<ast::Name>(attribute->value)) return base->id + "." + attribute->attr;
    return attribute->attr;
  }
  return "the callee";
}

}  // namespace

TypeRef Inferrer::infer_call(ast::Call* call) {
  const TypeRef expected = std::exchange(expected_, nullptr);  // list() and dict() take the context's type
  std::string callee = callee_text(*call);
  for (ast::ExprNode* arg : call->args)
    if (arg->kind == ast::NodeKind::Starred) {
      error(DiagnosticKind::UnsupportedCall, arg, "*args in calls are not supported yet");
      return nullptr;
    }
  for (ast::Keyword* keyword : call->keywords)
    if (!keyword->arg) {
      error(DiagnosticKind::UnsupportedCall, keyword, "**kwargs in calls are not supported yet");
      return nullptr;
    }
  std::vector<TypeRef> arg_types;
  std::vector<TypeRef> keyword_types;
  bool ok = true;
  auto infer_args = [&] {
    for (ast::ExprNode* arg : call->args) {
      TypeRef type = infer_expr(arg);
      if (!type) ok = false;
      arg_types.push_back(type);
    }
    for (ast::Keyword* keyword : call->keywords) {
      TypeRef type = infer_expr(keyword->value);
      if (!type) ok = false;
      keyword_types.push_back(type);
    }
  };

  // --- a method of a value: a.sum(), s.lower(), z.conjugate() (not of a module: math.sqrt)
  auto* attribute = ast::dyn_cast<ast::Attribute>(call->func);
  auto* attribute_base = attribute ? ast::dyn_cast<ast::Name>(attribute->value) : nullptr;
  bool module_attribute = attribute_base && !spec_->find_local(attribute_base->id) &&
                          m_.module_aliases_.count(attribute_base->id);
  if (attribute && !module_attribute) return infer_method_call(call, callee, attribute);

  // --- what the callee names
  std::vector<const shims::ShimFunction*> candidates;
  FunctionInfo* function = nullptr;
  std::optional<IntrinsicKind> intrinsic;
  if (module_attribute && m_.module_aliases_.at(attribute_base->id) == "numpy" && !dtype_named(attribute->attr).empty())
    return infer_numpy_constructor(call, dtype_named(attribute->attr));  // np.float32(x): dtype.def's rows
  if (module_attribute) {
    candidates = shims::find_shims(m_.module_aliases_.at(attribute_base->id), attribute->attr);
    if (candidates.empty()) {
      error(DiagnosticKind::UnknownAttribute, call->func, "module '{}' has no function '{}' that pycxx supports",
            m_.module_aliases_.at(attribute_base->id), attribute->attr);
      return nullptr;
    }
  } else if (auto* name = ast::dyn_cast<ast::Name>(call->func)) {
    const LocalInfo* local = spec_->find_local(name->id);
    if (!local) local = find_enclosing_local(name->id);  // a sibling closure, or a function held by the enclosing one
    if (local && local->type_->is(TypeKind::FunctionRef)) {
      function = find_function(local->type_->dtype_);  // f(x) where f is a function passed in
    } else if (local && local->type_->is(TypeKind::Unknown)) {
      return record(call, local->type_);  // its assignment had an error (or is not inferred yet)
    } else if (local) {
      error(DiagnosticKind::NotCallable, call->func, "'{}' has type '{}' and cannot be called", name->id,
            type_name(local->type_));
      return nullptr;
    }
    if (find_constant(name->id)) {
      error(DiagnosticKind::NotCallable, call->func, "'{}' is a module-level constant and cannot be called", name->id);
      return nullptr;
    }
    if (!local) function = find_function(name->id);
    if (!function && !local && !m_.imported_names_.count(name->id)) intrinsic = intrinsic_named(name->id);
    if (!function && !intrinsic) {
      if (builtin_exception(name->id)) {
        error(DiagnosticKind::UnsupportedExpression, call,
              "exception objects are only supported directly in a raise statement");
        return nullptr;
      }
      candidates = shims_for_name(name->id);
      if (candidates.empty()) {
        error(DiagnosticKind::UndefinedName, call->func, "name '{}' is not defined (or not a function pycxx supports)",
              name->id);
        return nullptr;
      }
    }
  } else {
    error(DiagnosticKind::NotCallable, call->func, "only functions named directly can be called");
    return nullptr;
  }
  // numpy shims typed by a rule: their dtype= arguments are types, not values.
  if (!candidates.empty() && (candidates.front()->rule == shims::TypingRule::Reduction ||
                              candidates.front()->rule == shims::TypingRule::Scan))
    return infer_reduction(call, callee, *candidates.front());
  if (!candidates.empty() && (candidates.front()->rule == shims::TypingRule::Creation ||
                              candidates.front()->rule == shims::TypingRule::CreationLike))
    return infer_creation(call, callee, *candidates.front());
  if (!candidates.empty() && candidates.front()->rule == shims::TypingRule::ArrayMethod)
    return infer_array_method(call, callee, *candidates.front());
  if (!candidates.empty() && candidates.front()->rule == shims::TypingRule::Ufunc)
    return infer_ufunc(call, callee, *candidates.front());
  if (!candidates.empty() && (candidates.front()->rule == shims::TypingRule::Join ||
                              candidates.front()->rule == shims::TypingRule::Stack ||
                              candidates.front()->rule == shims::TypingRule::Join2d))
    return infer_join(call, callee, *candidates.front());
  if (!candidates.empty() && candidates.front()->rule == shims::TypingRule::FromData)
    return infer_from_data(call, callee, *candidates.front());
  if (!candidates.empty()) {
    if (std::all_of(candidates.begin(), candidates.end(),
                    [](const shims::ShimFunction* shim) { return shim->rule == shims::TypingRule::Constant; })) {
      error(DiagnosticKind::NotCallable, call->func, "'{}' is a constant and cannot be called", callee);
      return nullptr;
    }
    return infer_shim_call(call, callee, candidates, nullptr);
  }
  if (intrinsic == IntrinsicKind::Print) return infer_print(call);
  if (intrinsic == IntrinsicKind::Isinstance) return infer_isinstance(call);
  infer_args();
  if (!ok) return nullptr;
  bool any_unknown = std::any_of(arg_types.begin(), arg_types.end(), contains_unknown) ||
                     std::any_of(keyword_types.begin(), keyword_types.end(), contains_unknown);

  if (function) return infer_function_call(call, callee, function, arg_types, keyword_types);

  if (any_unknown) return record(call, types().unknown());

  if (intrinsic) return infer_intrinsic_call(call, callee, *intrinsic, arg_types, expected);
  return nullptr;  // every callee kind returned above
}

// A method of a value: np.add.reduce(a) (a ufunc's), a.sum(axis=1), "{}".format(x), s.lower(),
// xs.append(x), z.conjugate().
TypeRef Inferrer::infer_method_call(ast::Call* call, const std::string& callee, ast::Attribute* attribute) {
  if (!numpy_attribute(attribute->value).empty()) {
    // np.maximum.accumulate(a), np.add.reduce(a): a method of a ufunc, a shim of module "numpy.maximum".
    std::string module = "numpy." + std::string(numpy_attribute(attribute->value));
    auto found = shims::find_shims(module, attribute->attr);
    if (!found.empty() &&
        (found.front()->rule == shims::TypingRule::Scan || found.front()->rule == shims::TypingRule::Reduction))
      return infer_reduction(call, callee, *found.front());
    error(DiagnosticKind::UnknownAttribute, call->func, "'{}' has no function '{}' that pycxx supports", module,
          attribute->attr);
    return nullptr;
  }
  TypeRef receiver = infer_expr(attribute->value);
  if (!receiver) return nullptr;
  if (receiver->is(TypeKind::NDArray)) {
    if (const shims::ShimFunction* shim = array_method(attribute->attr)) {
      if (shim->rule == shims::TypingRule::Reduction || shim->rule == shims::TypingRule::Scan)
        return infer_reduction(call, callee, *shim, attribute->value);
      if (shim->rule == shims::TypingRule::ArrayMethod) return infer_array_method(call, callee, *shim, attribute->value);
      return infer_creation(call, callee, *shim, attribute->value);
    }
  }
  if (auto* text = ast::dyn_cast<ast::Constant>(attribute->value);
      text && text->value.kind == ast::ConstantValue::Kind::Str && attribute->attr == "format")
    return infer_str_format(call, text->value.text);
  if (receiver->is(TypeKind::Str) || is_mutable_container(receiver)) {
    // s.lower(), xs.append(x), d.get(k, 0): shims of module builtins.str / builtins.list / ...
    std::string module = "builtins." + std::string(type_kind_spelling(receiver->kind_));
    auto found = shims::find_shims(module, attribute->attr);
    if (found.empty()) {
      error(DiagnosticKind::UnknownAttribute, call->func, "'{}' has no method '{}' that pycxx supports",
            type_kind_spelling(receiver->kind_), attribute->attr);
      return nullptr;
    }
    return infer_shim_call(call, callee, found, attribute->value);
  }
  for (ast::ExprNode* arg : call->args) infer_expr(arg);  // typed (and their errors reported) before the method
  for (ast::Keyword* keyword : call->keywords) infer_expr(keyword->value);
  if (receiver->is_number() && attribute->attr == "conjugate" && call->args.empty() && call->keywords.empty()) {
    CallTarget target;
    target.kind_ = CallTarget::Kind::Intrinsic;
    target.intrinsic_ = IntrinsicKind::ComplexConjugate;
    target.args_ = {attribute->value};
    target.param_types_ = {types().complex()};
    spec_->calls_[call] = target;
    return record(call, types().complex());
  }
  if (receiver->is(TypeKind::Unknown)) return record(call, receiver);
  error(DiagnosticKind::UnknownAttribute, call->func, "'{}' has no method '{}' that pycxx supports",
        type_name(receiver), attribute->attr);
  return nullptr;
}

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

// range, int/float/bool/complex conversions, len, str, list/set/dict (intrinsic.def).
TypeRef Inferrer::infer_intrinsic_call(ast::Call* call, const std::string& callee, IntrinsicKind intrinsic,
                                       const std::vector<TypeRef>& arg_types, TypeRef expected) {
  CallTarget target;
  if (!call->keywords.empty()) {
    error(DiagnosticKind::BadCallArguments, call->keywords.front(), "{}() takes no keyword arguments here", callee);
    return nullptr;
  }
  target.kind_ = CallTarget::Kind::Intrinsic;
  target.intrinsic_ = intrinsic;
  target.args_ = call->args;
  std::size_t n = call->args.size();
  TypeRef result = nullptr;
  auto all_args = [&](auto&& accept) {
    for (std::size_t i = 0; i < n; ++i)
      if (!accept(arg_types[i])) {
        error(DiagnosticKind::BadCallArguments, call->args[i], "{}() cannot take an argument of type '{}'", callee,
              type_name(arg_types[i]));
        return false;
      }
    return true;
  };
  switch (intrinsic) {
    case IntrinsicKind::Range:
      if (n < 1 || n > 3) {
        error(DiagnosticKind::BadCallArguments, call, "range() takes 1 to 3 arguments, {} given", n);
        return nullptr;
      }
      if (!all_args([](TypeRef t) { return numeric_rank(t) == 1 || numeric_rank(t) == 2; })) return nullptr;
      target.param_types_.assign(n, types().integer());
      spec_->calls_[call] = target;
      return record(call, types().iterator(types().integer()));
    case IntrinsicKind::Int:
    case IntrinsicKind::Float:
    case IntrinsicKind::Bool:
      if (n > 1) {
        error(DiagnosticKind::BadCallArguments, call, "{}() takes at most 1 argument, {} given", callee, n);
        return nullptr;
      }
      if (intrinsic == IntrinsicKind::Bool) {
        if (n == 1 && !truth_testable(call->args[0], arg_types[0])) return nullptr;
        result = types().boolean();
      } else {
        // int("42") and float("1.5") parse a str (runtime/pycxx/containers/str_convert.hpp).
        if (!all_args([](TypeRef t) { return (t->is_number() && t->number_kind() != 'c') || t->is(TypeKind::Str); }))
          return nullptr;
        result = intrinsic == IntrinsicKind::Int ? types().integer() : types().floating();
      }
      break;
    case IntrinsicKind::Complex:
      if (n > 2) {
        error(DiagnosticKind::BadCallArguments, call, "complex() takes at most 2 arguments, {} given", n);
        return nullptr;
      }
      if (!all_args([](TypeRef t) { return t->is_number() && t->number_kind() != 'c'; })) return nullptr;
      result = types().complex();
      break;
    case IntrinsicKind::ComplexConjugate:
      return nullptr;  // reached only through an attribute (above)
    case IntrinsicKind::Print:
    case IntrinsicKind::Isinstance:
    case IntrinsicKind::StrFormat:
      return nullptr;  // infer_print.cpp, before the arguments are typed here
    case IntrinsicKind::Len:
      if (n != 1) {
        error(DiagnosticKind::BadCallArguments, call, "len() takes exactly one argument ({} given)", n);
        return nullptr;
      }
      if (!all_args([](TypeRef t) {
            return t->is(TypeKind::Tuple) || t->is(TypeKind::NDArray) || t->is(TypeKind::Str) ||
                   is_mutable_container(t);
          }))
        return nullptr;
      result = types().integer();
      break;
    case IntrinsicKind::Str:
      if (n > 1) {
        error(DiagnosticKind::BadCallArguments, call, "str() takes at most 1 argument here, {} given", n);
        return nullptr;
      }
      if (!all_args([](TypeRef t) {
            return !t->is(TypeKind::Iterator) && !t->is(TypeKind::Callable) &&
                   std::none_of(t->elements_.begin(), t->elements_.end(),  // str(a.dtype) only on its own
                                [](TypeRef e) { return e->is(TypeKind::Dtype); });
          }))
        return nullptr;
      result = types().str();
      break;
    case IntrinsicKind::List:
    case IntrinsicKind::Set:
    case IntrinsicKind::Dict: {
      // list(iterable), set(iterable), dict(pairs); without an argument the context's type.
      TypeKind kind = intrinsic == IntrinsicKind::List  ? TypeKind::List
                      : intrinsic == IntrinsicKind::Set ? TypeKind::Set
                                                         : TypeKind::Dict;
      if (n > 1) {
        error(DiagnosticKind::BadCallArguments, call, "{}() takes at most 1 argument, {} given", callee, n);
        return nullptr;
      }
      if (n == 0) {
        if (!expected || !expected->is(kind)) {
          error(DiagnosticKind::TypeMismatch, call, "cannot tell the item type of an empty {0}(): annotate the variable, as in 'x: {1} = {0}()'",
                callee, kind == TypeKind::Dict ? "dict[str, int]" : callee + "[int]");
          return nullptr;
        }
        result = expected;
        break;
      }
      TypeRef item = item_type(types(), arg_types[0]);
      if (!item) {
        error(DiagnosticKind::TypeMismatch, call->args[0], "'{}' object is not iterable", type_name(arg_types[0]));
        return nullptr;
      }
      if (kind == TypeKind::Dict) {
        if (arg_types[0]->is(TypeKind::Dict)) item = types().tuple(arg_types[0]->elements_);
        if (!item->is(TypeKind::Tuple) || item->elements_.size() != 2) {
          error(DiagnosticKind::TypeMismatch, call->args[0], "dict() takes key-value pairs, not items of type '{}'",
                type_name(item));
          return nullptr;
        }
        result = types().dict(item->elements_[0], item->elements_[1]);
      } else {
        result = kind == TypeKind::List ? types().list(item) : types().set(item);
      }
      break;
    }
  }
  target.param_types_ = arg_types;
  spec_->calls_[call] = target;
  return record(call, result);
}

void Inferrer::infer_constants() {
  spec_ = m_.module_scope_.get();
  for (const auto& constant : m_.constants_) {
    bool has_call = false;
    std::vector<ast::Node*> stack{constant->value_};
    while (!stack.empty()) {
      ast::Node* node = stack.back();
      stack.pop_back();
      if (node->kind == ast::NodeKind::Call) has_call = true;
      ast::for_each_child(node, [&](ast::Node* child) { stack.push_back(child); });
    }
    if (has_call) {
      error(DiagnosticKind::UnsupportedExpression, constant->value_,
            "module-level constant '{}' must be a literal or arithmetic on constants, without calls", constant->name_);
      continue;
    }
    constant->type_ = infer_expr(constant->value_);
  }
  // Parameter defaults are evaluated once, at module level, as in Python.
  for (const auto& function : m_.functions_) {
    for (std::size_t i = 0; i < function->param_defaults_.size(); ++i) {
      ast::ExprNode* value = function->param_defaults_[i];
      if (!value) continue;
      TypeRef type = infer_expr(value);
      TypeRef annotated = function->param_annotations_[i];
      if (type && annotated && !annotated->is(TypeKind::Unknown) && !implicitly_converts(type, annotated))
        error(DiagnosticKind::TypeMismatch, value, "the default of parameter '{}' is a '{}' but its annotation says '{}'",
              function->param_names_[i], type_name(type), type_name(annotated));
    }
  }
  spec_ = nullptr;
}

}  // namespace pycxx
