// np.array(object, dtype=None) / np.asarray(a, dtype=None) (typing rule FromData in
// shimscan/typing_rule.def): the rank is the nesting depth of lists and tuples (plus the rank of
// arrays at the leaves), the dtype is dtype= when given, else numpy's inference over the leaves
// (Python bool < int < float < complex as bool, int64, float64, complex128; arrays and numpy
// scalars by their dtypes, promoted). Neighbours: infer_array_call.cpp, stdlib_shims/numpy/detail/from_data.hpp.
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

struct DataShape {
  int rank = 0;
  std::string dtype;
  std::string problem;  // why the value cannot be an array's data
};

DataShape data_shape(TypeRef type) {
  if (type->is(TypeKind::NDArray)) return {type->rank_, type->dtype_, {}};
  if (type->is(TypeKind::NumpyScalar)) return {0, type->dtype_, {}};
  if (type->is(TypeKind::Bool) || type->is(TypeKind::Int) || type->is(TypeKind::Float) || type->is(TypeKind::Complex))
    return {0, scalar_dtype(type), {}};
  std::vector<TypeRef> items;
  if (type->is(TypeKind::List)) items = {type->elements_[0]};
  if (type->is(TypeKind::Tuple)) items = type->elements_;
  if (!type->is(TypeKind::List) && !type->is(TypeKind::Tuple))
    return {0, {}, "'" + type_name(type) + "' is not a number, a list, a tuple or an array"};
  if (items.empty()) return {0, {}, "an empty tuple has no dtype"};
  DataShape joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    DataShape item = data_shape(items[i]);
    if (!item.problem.empty()) return item;
    if (i > 0 && item.rank != joined.rank)
      return {0, {}, "the items of '" + type_name(type) + "' have different depths (numpy raises ValueError: "
                     "inhomogeneous shape)"};
    joined.rank = item.rank;
    joined.dtype = i == 0 ? item.dtype : promote_dtypes(joined.dtype, item.dtype);
  }
  joined.rank += 1;
  return joined;
}

}  // namespace

TypeRef Inferrer::infer_from_data(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim) {
  std::optional<CallTarget> bound = bind_rule_call(call, callee, shim, nullptr);
  if (!bound) return nullptr;
  CallTarget& target = *bound;
  std::string_view dtype;
  RuleArgs typed = infer_rule_arguments(target, shim, &dtype);
  if (typed == RuleArgs::Unknown) return record(call, types().unknown());
  if (typed == RuleArgs::Failed) return nullptr;
  TypeRef object = target.param_types_.front();
  DataShape shape = data_shape(object);
  if (!shape.problem.empty()) {
    error(DiagnosticKind::TypeMismatch, target.args_.front(), "{}() cannot make an array of this: {}", callee,
          shape.problem);
    return nullptr;
  }
  if (shape.rank == 0) {
    error(DiagnosticKind::UnsupportedCall, target.args_.front(),
          "{}() of a number (a 0-d array) is not supported in compiled code; use the number itself, or a list of it",
          callee);
    return nullptr;
  }
  std::string result = dtype.empty() ? shape.dtype : std::string(dtype);
  return record_rule_call(call, target, result, types().ndarray(result, shape.rank));
}

}  // namespace pycxx
