// Two language intrinsics that take arguments of any type: print(*values, sep=" ", end="\n")
// (values formatted by the runtime's str(), written through sys.stdout:
// runtime/pycxx/python/print.hpp) and isinstance(x, cls), decided here from x's static type
// (int also accepts bool, as bool is an int subclass). Neighbours: infer_call.cpp (dispatch),
// lower_call.cpp (lowering), intrinsic.def.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

// Whether the runtime can give str() of a value of this type (pycxx::to_str).
bool printable(TypeRef type) {
  if (type->is(TypeKind::NDArray) || type->is(TypeKind::Iterator) || type->is(TypeKind::Iterable) ||
      type->is(TypeKind::Callable) || type->is(TypeKind::TypeVar))
    return false;
  // a dtype prints as its name only on its own (print(a.dtype)), not inside a container
  return std::all_of(type->elements_.begin(), type->elements_.end(),
                     [](TypeRef element) { return !element->is(TypeKind::Dtype) && printable(element); });
}

// isinstance's class names and the static types they accept.
std::optional<bool> instance_of(const std::string& cls, TypeRef type) {
  if (cls == "int") return type->is(TypeKind::Int) || type->is(TypeKind::Bool);
  if (cls == "bool") return type->is(TypeKind::Bool);
  if (cls == "float") return type->is(TypeKind::Float);
  if (cls == "complex") return type->is(TypeKind::Complex);
  if (cls == "str") return type->is(TypeKind::Str);
  if (cls == "list") return type->is(TypeKind::List);
  if (cls == "dict") return type->is(TypeKind::Dict);
  if (cls == "set") return type->is(TypeKind::Set);
  if (cls == "tuple") return type->is(TypeKind::Tuple);
  return std::nullopt;
}

}  // namespace

TypeRef Inferrer::infer_print(ast::Call* call) {
  CallTarget target;
  target.kind_ = CallTarget::Kind::Intrinsic;
  target.intrinsic_ = IntrinsicKind::Print;
  bool ok = true, unknown = false;
  for (ast::ExprNode* arg : call->args) {
    TypeRef type = infer_expr(arg);
    if (!type) {
      ok = false;
    } else if (contains_unknown(type)) {
      unknown = true;
    } else if (!printable(type)) {
      error(DiagnosticKind::BadCallArguments, arg, "print() of a value of type '{}' is not supported; print its items",
            type_name(type));
      ok = false;
    }
    target.args_.push_back(arg);
    if (type) target.param_types_.push_back(type);
  }
  for (ast::Keyword* keyword : call->keywords) {
    const std::string& name = *keyword->arg;
    if (name != "sep" && name != "end") {
      error(DiagnosticKind::BadCallArguments, keyword, "print() takes only sep= and end= here, not {}=", name);
      ok = false;
      continue;
    }
    TypeRef type = infer_expr(keyword->value);
    if (!type) {
      ok = false;
    } else if (contains_unknown(type)) {
      unknown = true;
    } else if (!type->is(TypeKind::Str)) {
      error(DiagnosticKind::BadCallArguments, keyword->value, "{} must be a str, not '{}'", name, type_name(type));
      ok = false;
    }
    (name == "sep" ? target.sep_ : target.end_) = keyword->value;
  }
  if (!ok) return nullptr;
  if (unknown) return record(call, types().unknown());
  spec_->calls_[call] = target;
  return record(call, types().none());
}

TypeRef Inferrer::infer_isinstance(ast::Call* call) {
  if (call->args.size() != 2 || !call->keywords.empty()) {
    error(DiagnosticKind::BadCallArguments, call, "isinstance() takes exactly 2 positional arguments");
    return nullptr;
  }
  ast::ExprNode* value = call->args[0];
  // The answer is decided from the type: the value is not evaluated, so it must not have effects.
  if (value->kind != ast::NodeKind::Name && value->kind != ast::NodeKind::Constant &&
      value->kind != ast::NodeKind::Attribute) {
    error(DiagnosticKind::UnsupportedCall, value,
          "isinstance() is decided from the static type here: pass a variable (assign the expression first)");
    return nullptr;
  }
  TypeRef type = infer_expr(value);
  if (!type) return nullptr;
  if (contains_unknown(type)) return record(call, types().unknown());
  std::vector<ast::ExprNode*> classes;
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(call->args[1])) classes = tuple->elts;
  else classes.push_back(call->args[1]);
  bool answer = false;
  for (ast::ExprNode* cls : classes) {
    auto* name = ast::dyn_cast<ast::Name>(cls);
    std::optional<bool> fits = name ? instance_of(name->id, type) : std::nullopt;
    if (!fits || spec_->find_local(name->id)) {
      error(DiagnosticKind::BadCallArguments, cls,
            "isinstance() takes one of int, bool, float, complex, str, list, dict, set, tuple (or a tuple of them) here");
      return nullptr;
    }
    answer = answer || *fits;
  }
  CallTarget target;
  target.kind_ = CallTarget::Kind::Intrinsic;
  target.intrinsic_ = IntrinsicKind::Isinstance;
  target.static_answer_ = answer;
  spec_->calls_[call] = target;
  return record(call, types().boolean());
}

}  // namespace pycxx
