// Subscripts and the attributes of arrays: `a[i]`, `a[i, j]` with one integer per dimension
// (an element, read as the Python scalar of the dtype's kind), views with slices, np.newaxis
// and fewer integers than dimensions (`a[1:]`, `m[:, np.newaxis]`, `a[i]` of a 2-d array),
// `t[k]` with a constant k on a tuple (`a.shape[0]`), and the attributes of array_attribute.def.
// Neighbours: infer_expr.cpp, infer_stmt.cpp (stores), docs/arrays.md.
#include "compiler/sema/array_attribute.hpp"
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

// A constant integer index, `3` or `-1`.
std::optional<std::int64_t> constant_index(const ast::ExprNode* expr) {
  bool negative = false;
  if (auto* unary = ast::dyn_cast<ast::UnaryOp>(expr); unary && unary->op == ast::UnaryOpKind::USub) {
    negative = true;
    expr = unary->operand;
  }
  auto* constant = ast::dyn_cast<ast::Constant>(expr);
  if (!constant || constant->value.kind != ast::ConstantValue::Kind::Int || constant->value.text.size() > 18)
    return std::nullopt;
  std::int64_t value = std::stoll(constant->value.text);
  return negative ? -value : value;
}

}  // namespace

TypeRef Inferrer::array_attribute(TypeRef array, std::string_view attr) {
  std::optional<ArrayAttribute> known = find_array_attribute(attr);
  if (!known) return nullptr;
  switch (*known) {
    case ArrayAttribute::Shape:
      return types().tuple(std::vector<TypeRef>(static_cast<std::size_t>(array->rank_), types().integer()));
    case ArrayAttribute::T: return array;
    case ArrayAttribute::Dtype: return types().dtype_value(array->dtype_);
    case ArrayAttribute::Ndim:
    case ArrayAttribute::Size:
    case ArrayAttribute::Itemsize:
    case ArrayAttribute::Nbytes: return types().integer();
  }
  return nullptr;
}

bool Inferrer::is_newaxis(const ast::ExprNode* index) const {
  auto* constant = ast::dyn_cast<ast::Constant>(index);
  return (constant && constant->value.kind == ast::ConstantValue::Kind::None) || numpy_attribute(index) == "newaxis";
}

std::optional<std::vector<ast::ExprNode*>> Inferrer::array_indices(ast::Subscript* subscript, TypeRef array,
                                                                   int* view_rank) {
  std::vector<ast::ExprNode*> indices{subscript->slice};
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice)) indices = tuple->elts;
  bool ok = true;
  int consumed = 0, kept = 0;
  auto int_operand = [&](ast::ExprNode* expr) {
    TypeRef type = infer_expr(expr);
    if (!type) {
      ok = false;
    } else if (numeric_rank(type) != 2 && !type->is(TypeKind::Unknown)) {  // an int or a numpy integer
      error(DiagnosticKind::TypeMismatch, expr,
            "an array index must be an int, not '{}' (masks and index arrays are not supported yet)", type_name(type));
      ok = false;
    }
  };
  for (ast::ExprNode* index : indices) {
    if (auto* slice = ast::dyn_cast<ast::Slice>(index)) {
      for (ast::ExprNode* bound : {slice->lower, slice->upper, slice->step})
        if (bound && !is_newaxis(bound)) int_operand(bound);
      ++consumed;
      ++kept;
    } else if (is_newaxis(index)) {
      ++kept;
    } else if (index->kind == ast::NodeKind::Starred || numpy_attribute(index) == "Ellipsis" ||
               (ast::dyn_cast<ast::Constant>(index) &&
                ast::cast<ast::Constant>(*index).value.kind == ast::ConstantValue::Kind::Ellipsis)) {
      error(DiagnosticKind::UnsupportedExpression, index, "'...' and starred indices are not supported yet");
      ok = false;
    } else {
      int_operand(index);
      ++consumed;
    }
  }
  if (!ok) return std::nullopt;
  if (consumed > array->rank_) {
    error(DiagnosticKind::UnsupportedExpression, subscript,
          "too many indices for array: array is {}-dimensional, but {} were indexed", array->rank_, consumed);
    return std::nullopt;
  }
  bool element = consumed == array->rank_ && kept == 0;
  if (!element && !view_rank) {
    error(DiagnosticKind::UnsupportedExpression, subscript,
          "assigning to a slice or view of an array is not supported yet: index one element per dimension");
    return std::nullopt;
  }
  if (view_rank) *view_rank = element ? 0 : kept + array->rank_ - consumed;
  return indices;
}

TypeRef Inferrer::infer_subscript(ast::Subscript* subscript) {
  TypeRef value = infer_expr(subscript->value);
  if (!value) return nullptr;
  if (value->is(TypeKind::Unknown)) return record(subscript, value);
  if (value->is(TypeKind::NDArray) && !ast::dyn_cast<ast::Tuple>(subscript->slice) &&
      !ast::dyn_cast<ast::Slice>(subscript->slice) && !is_newaxis(subscript->slice)) {
    // a[mask] (a bool array over a's leading axes) and a[idx] (an int array on axis 0): new arrays.
    TypeRef index = infer_expr(subscript->slice);
    if (!index) return nullptr;
    if (index->is(TypeKind::NDArray)) {
      char kind = find_dtype(index->dtype_)->kind_;
      if (kind == 'b' && index->rank_ <= value->rank_)
        return record(subscript, types().ndarray(value->dtype_, value->rank_ - index->rank_ + 1));
      if (kind == 'i' || kind == 'u')
        return record(subscript, types().ndarray(value->dtype_, value->rank_ - 1 + index->rank_));
      error(DiagnosticKind::TypeMismatch, subscript->slice,
            "a '{}' cannot index a '{}': index with ints, a bool mask or an int array", type_name(index),
            type_name(value));
      return nullptr;
    }
  }
  if (value->is(TypeKind::NDArray)) {
    int view_rank = 0;
    if (!array_indices(subscript, value, &view_rank)) return nullptr;
    // A view (a[1:], a[i] of a 2-d array, m[:, np.newaxis]) shares a's memory, as numpy's.
    if (view_rank > 0) return record(subscript, types().ndarray(value->dtype_, view_rank));
    return record(subscript, element_type(types(), value->dtype_));
  }
  if (value->is(TypeKind::Str) || value->is(TypeKind::List) || value->is(TypeKind::Dict))
    return infer_container_subscript(subscript, value);
  if (value->is(TypeKind::Tuple)) {
    std::optional<std::int64_t> index = constant_index(subscript->slice);
    auto size = static_cast<std::int64_t>(value->elements_.size());
    if (!index) {
      error(DiagnosticKind::UnsupportedExpression, subscript->slice,
            "a tuple may only be indexed by a constant integer in compiled code");
      return nullptr;
    }
    if (*index < -size || *index >= size) {
      error(DiagnosticKind::TypeMismatch, subscript->slice, "tuple index {} is out of range for a '{}'", *index,
            type_name(value));
      return nullptr;
    }
    return record(subscript, value->elements_[static_cast<std::size_t>(*index < 0 ? *index + size : *index)]);
  }
  error(DiagnosticKind::TypeMismatch, subscript, "'{}' object is not subscriptable", type_name(value));
  return nullptr;
}

}  // namespace pycxx
