// a.dtype as a value (TypeKind::Dtype): static per specialisation, so its attributes (.name,
// .itemsize, .kind), str()/print/f-strings and comparisons with a numpy type, a dtype name or
// another a.dtype are decided here, at compile time; `dtype=a.dtype` passes it on
// (dtype_argument). Also a.itemsize / a.nbytes. An exported function cannot return one yet.
// Neighbours: infer_subscript.cpp (array attributes), lower/lower_expr.cpp (the literals).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

TypeRef Inferrer::dtype_attribute(TypeRef dtype, std::string_view attr) {
  if (attr == "name" || attr == "kind" || attr == "char") return types().str();
  if (attr == "itemsize") return types().integer();
  (void)dtype;
  return nullptr;
}

int dtype_itemsize(std::string_view dtype) {
  if (dtype == "bool") return 1;
  std::size_t digits = dtype.find_first_of("0123456789");
  return std::stoi(std::string(dtype.substr(digits))) / 8;  // int8 -> 1, complex128 -> 16
}

std::string dtype_attribute_value(std::string_view dtype, std::string_view attr) {
  if (attr == "name") return std::string(dtype);
  if (attr == "kind") return std::string(1, find_dtype(dtype)->kind_);
  if (attr == "char") {  // numpy's type characters, in dtype.def's order
    static constexpr std::pair<std::string_view, char> chars[] = {
        {"bool", '?'},  {"int8", 'b'},    {"int16", 'h'},   {"int32", 'i'},   {"int64", 'l'},
        {"uint8", 'B'}, {"uint16", 'H'},  {"uint32", 'I'},  {"uint64", 'L'},  {"float32", 'f'},
        {"float64", 'd'}, {"complex64", 'F'}, {"complex128", 'D'}};
    for (auto [name, c] : chars)
      if (name == dtype) return std::string(1, c);
  }
  return std::to_string(dtype_itemsize(dtype));  // itemsize
}

std::string dtype_repr(std::string_view dtype) { return "dtype('" + std::string(dtype) + "')"; }

std::string_view Inferrer::dtype_value_of(ast::ExprNode* expr) {
  // Only the forms that can be a dtype value are inferred here (a.dtype, a local), so that other
  // comparisons are typed (and reported) once, by the ordinary path.
  auto* attribute = ast::dyn_cast<ast::Attribute>(expr);
  auto* name = ast::dyn_cast<ast::Name>(expr);
  bool candidate = (attribute && attribute->attr == "dtype" && numpy_attribute(expr).empty()) ||
                   (name && spec_->find_local(name->id));
  if (!candidate) return {};
  TypeRef type = infer_expr(expr);  // a diagnostic given here is not repeated by the ordinary path
  if (type && type->is(TypeKind::Dtype)) return type->dtype_;
  return {};
}

std::string_view Inferrer::dtype_spelled(ast::ExprNode* expr) const {
  if (auto* name = ast::dyn_cast<ast::Name>(expr); name && !spec_->find_local(name->id)) {
    if (name->id == "float") return "float64";
    if (name->id == "int") return "int64";
    if (name->id == "bool") return "bool";
    if (name->id == "complex") return "complex128";
  }
  if (auto* constant = ast::dyn_cast<ast::Constant>(expr); constant && constant->value.kind == ast::ConstantValue::Kind::Str)
    return dtype_named(constant->value.text);
  return dtype_named(numpy_attribute(expr));
}

std::optional<bool> Inferrer::dtype_comparison(ast::Compare& compare) {
  if (compare.ops.size() != 1) return std::nullopt;
  const bool equal = compare.ops[0] == ast::CmpOpKind::Eq;
  if (!equal && compare.ops[0] != ast::CmpOpKind::NotEq) return std::nullopt;
  std::string_view left = dtype_value_of(compare.left);
  std::string_view right = dtype_value_of(compare.comparators[0]);
  if (left.empty() && right.empty()) return std::nullopt;
  if (left.empty()) left = dtype_spelled(compare.left);
  if (right.empty()) right = dtype_spelled(compare.comparators[0]);
  if (left.empty() || right.empty()) return std::nullopt;
  return (left == right) == equal;
}

void Inferrer::check_exported_returns() {
  for (int index : m_.exported_) {
    const Specialization& spec = *m_.specializations_[static_cast<std::size_t>(index)];
    std::vector<TypeRef> stack{spec.return_type_};
    while (!stack.empty()) {
      TypeRef type = stack.back();
      stack.pop_back();
      if (!type) continue;
      if (type->is(TypeKind::Dtype)) {
        report(DiagnosticKind::UnsupportedExpression, spec.function_->def_->range,
               fmt::format("exported function '{}' returns a numpy dtype: returning one to Python is not supported "
                           "yet; return str(a.dtype) (its name) instead",
                           spec.function_->name_));
        break;
      }
      stack.insert(stack.end(), type->elements_.begin(), type->elements_.end());
    }
  }
}

}  // namespace pycxx
