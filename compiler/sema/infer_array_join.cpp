// Calls of numpy shims that join a sequence of arrays (typing rules Join, Stack, Join2d in
// shimscan/typing_rule.def: np.concatenate, np.stack, np.vstack, np.hstack, np.column_stack):
// the sequence is a tuple or list of arrays; the dtype is their promoted one, the rank the
// highest of theirs, + 1 for Stack, at least 2 for Join2d, 1 for concatenate(axis=None).
// Neighbours: infer_array_call.cpp (the other rules, bind_rule_call), lower/lower_call.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

TypeRef Inferrer::infer_join(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim) {
  std::optional<CallTarget> bound = bind_rule_call(call, callee, shim, nullptr);
  if (!bound) return nullptr;
  CallTarget& target = *bound;
  std::string_view unused_dtype;
  RuleArgs typed = infer_rule_arguments(target, shim, &unused_dtype);
  if (typed == RuleArgs::Unknown) return record(call, types().unknown());
  if (typed == RuleArgs::Failed) return nullptr;
  std::string dtype;
  int rank = 0;
  bool flat = false;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    TypeRef type = target.param_types_[i];
    if (!type) continue;
    if (shim.params[i].name == "axis") {
      // concatenate(axis=None) flattens; stack's new axis has no None form in numpy.
      if (type->is(TypeKind::None) && shim.rule == shims::TypingRule::Join) {
        flat = true;
      } else if (!type->is(TypeKind::Int)) {
        error(DiagnosticKind::TypeMismatch, target.args_[i], "axis of {}() must be an int{}, not '{}'", callee,
              shim.rule == shims::TypingRule::Join ? " or None" : "", type_name(type));
        return nullptr;
      }
      continue;
    }
    // The sequence: a tuple of arrays (any dtypes and ranks) or a list of one array type.
    std::vector<TypeRef> items;
    if (type->is(TypeKind::Tuple)) items = type->elements_;
    if (type->is(TypeKind::List)) items = {type->elements_[0]};
    bool arrays = !items.empty() && std::all_of(items.begin(), items.end(),
                                                [](TypeRef t) { return t->is(TypeKind::NDArray); });
    if (!arrays) {
      std::string hint = type->is(TypeKind::NDArray) ? " (for the rows of one array, write a tuple of them)"
                         : type->is(TypeKind::Tuple) && items.empty()
                             ? " (numpy raises ValueError: need at least one array)"
                             : " (convert numbers and lists with np.array first)";
      error(DiagnosticKind::TypeMismatch, target.args_[i], "{}() takes a tuple or list of arrays here, not '{}'{}",
            callee, type_name(type), hint);
      return nullptr;
    }
    for (TypeRef item : items) {
      rank = std::max(rank, item->rank_);
      dtype = dtype.empty() ? item->dtype_ : promote_dtypes(dtype, item->dtype_);
    }
  }
  switch (shim.rule) {
    case shims::TypingRule::Join:
      if (flat) rank = 1;
      break;
    case shims::TypingRule::Stack:
      rank += 1;
      break;
    case shims::TypingRule::Join2d:
      rank = std::max(rank, 2);
      break;
    case shims::TypingRule::Signature:
    case shims::TypingRule::Constant:
    case shims::TypingRule::Ufunc:
    case shims::TypingRule::Reduction:
    case shims::TypingRule::Creation:
    case shims::TypingRule::Scan:
    case shims::TypingRule::CreationLike:
    case shims::TypingRule::FromData:
    case shims::TypingRule::ArrayMethod:
      error(DiagnosticKind::UnsupportedCall, call, "{}() is not supported yet", callee);
      return nullptr;
  }
  return record_rule_call(call, target, dtype, types().ndarray(dtype, rank));
}

}  // namespace pycxx
