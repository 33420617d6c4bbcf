// Subscripts and the attributes of arrays: `a[i]`, `a[i, j]` with one integer per dimension
// (an element, read as the Python scalar of the dtype's kind), `t[k]` with a constant k on a
// tuple (`a.shape[0]`), and `.shape`, `.ndim`, `.size`. Slices and views are not yet
// supported and say so. Neighbours: infer_expr.cpp, infer_stmt.cpp (stores), docs/arrays.md.
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
  if (attr == "shape") return types().tuple(std::vector<TypeRef>(static_cast<std::size_t>(array->rank_), types().integer()));
  if (attr == "ndim" || attr == "size") return types().integer();
  return nullptr;
}

std::optional<std::vector<ast::ExprNode*>> Inferrer::array_indices(ast::Subscript* subscript, TypeRef array) {
  std::vector<ast::ExprNode*> indices{subscript->slice};
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice)) indices = tuple->elts;
  bool ok = true;
  for (ast::ExprNode* index : indices) {
    if (index->kind == ast::NodeKind::Slice || index->kind == ast::NodeKind::Starred) {
      error(DiagnosticKind::UnsupportedExpression, index,
            "array slices and views are not supported yet: index with one integer per dimension");
      ok = false;
      continue;
    }
    TypeRef type = infer_expr(index);
    if (!type) {
      ok = false;
    } else if (!type->is(TypeKind::Int) && !type->is(TypeKind::Unknown)) {
      error(DiagnosticKind::TypeMismatch, index,
            "an array index must be an int, not '{}' (masks and index arrays are not supported yet)", type_name(type));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  if (static_cast<int>(indices.size()) != array->rank_) {
    error(DiagnosticKind::UnsupportedExpression, subscript,
          "this array has {} dimension{} but {} {} indexed: pycxx indexes arrays with one integer per dimension "
          "(views such as a[i] of a 2-d array are not supported yet)",
          array->rank_, array->rank_ == 1 ? "" : "s", indices.size(), indices.size() == 1 ? "was" : "were");
    return std::nullopt;
  }
  return indices;
}

TypeRef Inferrer::infer_subscript(ast::Subscript* subscript) {
  TypeRef value = infer_expr(subscript->value);
  if (!value) return nullptr;
  if (value->is(TypeKind::Unknown)) return record(subscript, value);
  if (value->is(TypeKind::NDArray)) {
    if (!array_indices(subscript, value)) return nullptr;
    return record(subscript, element_type(types(), value->dtype_));
  }
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
