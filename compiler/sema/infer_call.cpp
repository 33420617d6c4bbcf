// Calls: what the callee names (a module function, a shim of the registry, an intrinsic,
// a method of a value), and the handler for each: infer_function_call.cpp,
// infer_intrinsic_call.cpp, infer_method_call.cpp, infer_shim_call.cpp and, for shims typed
// by a rule (typing_rule.def), the infer_array_*.cpp files.
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
  // A shim: the handler of its typing rule (typing_rule.def). numpy shims typed by a rule
  // have one declaration (their dtype= arguments are types, not values); Signature shims
  // may have overloads, constants among them.
  if (!candidates.empty()) {
    using H = shims::TypingHandler;
    const shims::ShimFunction& first = *candidates.front();
    switch (shims::typing_handler(first.rule)) {
      case H::Reduction:
        return infer_reduction(call, callee, first);
      case H::Creation:
        return infer_creation(call, callee, first);
      case H::ArrayMethod:
        return infer_array_method(call, callee, first);
      case H::Ufunc:
        return infer_ufunc(call, callee, first);
      case H::Join:
        return infer_join(call, callee, first);
      case H::FromData:
        return infer_from_data(call, callee, first);
      case H::Overloads:
      case H::NotCallable:
        break;
    }
    if (std::all_of(candidates.begin(), candidates.end(), [](const shims::ShimFunction* shim) {
          return shims::typing_handler(shim->rule) == H::NotCallable;
        })) {
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

}  // namespace pycxx
