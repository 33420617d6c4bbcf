// Calls of intrinsics (intrinsic.def) other than print and isinstance (infer_print.cpp):
// range, int/float/bool/complex/str conversions, len, list/set/dict of an iterable (or
// empty, typed by the context).
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

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

}  // namespace pycxx
