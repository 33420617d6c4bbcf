// Calls of a value's methods: a ufunc's (np.add.reduce, np.maximum.accumulate), an array's
// (a.sum(axis=1), a.reshape(2, 3): numpy shims by typing rule), str.format of a literal,
// str/list/dict/set methods (builtins.str shims, ...), complex's z.conjugate().
// Neighbours: infer_call.cpp (which sends a call here when its callee is an attribute of a value).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

// A method of a value: np.add.reduce(a) (a ufunc's), a.sum(axis=1), "{}".format(x), s.lower(),
// xs.append(x), z.conjugate().
TypeRef Inferrer::infer_method_call(ast::Call* call, const std::string& callee, ast::Attribute* attribute) {
  if (!numpy_attribute(attribute->value).empty()) {
    // np.maximum.accumulate(a), np.add.reduce(a): a method of a ufunc, a shim of module "numpy.maximum".
    std::string module = "numpy." + std::string(numpy_attribute(attribute->value));
    auto found = shims::find_shims(module, attribute->attr);
    if (!found.empty() && shims::typing_handler(found.front()->rule) == shims::TypingHandler::Reduction)
      return infer_reduction(call, callee, *found.front());
    error(DiagnosticKind::UnknownAttribute, call->func, "'{}' has no function '{}' that pycxx supports", module,
          attribute->attr);
    return nullptr;
  }
  TypeRef receiver = infer_expr(attribute->value);
  if (!receiver) return nullptr;
  if (receiver->is(TypeKind::NDArray)) {
    if (const shims::ShimFunction* shim = array_method(attribute->attr)) {
      switch (shims::typing_handler(shim->rule)) {
        case shims::TypingHandler::Reduction:
          return infer_reduction(call, callee, *shim, attribute->value);
        case shims::TypingHandler::ArrayMethod:
          return infer_array_method(call, callee, *shim, attribute->value);
        case shims::TypingHandler::Creation:
          return infer_creation(call, callee, *shim, attribute->value);
        case shims::TypingHandler::Overloads:  // array_method() gives none of these
        case shims::TypingHandler::NotCallable:
        case shims::TypingHandler::Ufunc:
        case shims::TypingHandler::Join:
        case shims::TypingHandler::FromData:
          break;
      }
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

}  // namespace pycxx
