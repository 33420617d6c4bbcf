// f-strings: f"{x}", f"{x!r}", f"{x:.3f}", f"{n:5d}", f"{s:>10}" are str. A replacement field
// takes any value print() takes; a format spec (constant text, no nested {...}) needs an
// int, bool, float or str (or a !s/!r conversion, which gives a str). The spec's own mistakes
// are CPython's ValueErrors at run time (runtime/pycxx/containers/fstring.hpp).
// Neighbours: infer_expr.cpp (dispatch), compiler/lower/lower_fstring.cpp.
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

bool formattable(TypeRef type) {
  if (type->is(TypeKind::NDArray) || type->is(TypeKind::Iterator) || type->is(TypeKind::Iterable) ||
      type->is(TypeKind::Callable) || type->is(TypeKind::TypeVar))
    return false;
  for (TypeRef element : type->elements_)  // a dtype is text only on its own (f"{a.dtype}")
    if (element->is(TypeKind::Dtype) || !formattable(element)) return false;
  return true;
}

}  // namespace

// The format spec's text, when it is constant (f"{x:.3f}"); nullopt for nested fields.
std::optional<std::string> fstring_spec_text(const ast::FormattedValue& field) {
  std::string text;
  if (!field.format_spec) return text;
  auto* spec = ast::dyn_cast<ast::JoinedStr>(field.format_spec);
  if (!spec) return std::nullopt;
  for (ast::ExprNode* part : spec->values) {
    auto* constant = ast::dyn_cast<ast::Constant>(part);
    if (!constant || constant->value.kind != ast::ConstantValue::Kind::Str) return std::nullopt;
    text += constant->value.text;
  }
  return text;
}

bool Inferrer::check_format_field(ast::ExprNode* value, TypeRef type, char conversion, const std::string& spec,
                                  const ast::Node* spec_node) {
  if (conversion == 'a') {
    error(DiagnosticKind::UnsupportedExpression, value, "the !a conversion is not supported: use !r");
    return false;
  }
  if (!formattable(type)) {
    error(DiagnosticKind::UnsupportedExpression, value, "a value of type '{}' cannot be formatted in an f-string",
          type_name(type));
    return false;
  }
  bool converted = conversion == 's' || conversion == 'r';
  if (!spec.empty() && !converted &&
      !(type->is(TypeKind::Int) || type->is(TypeKind::Bool) || type->is(TypeKind::Float) || type->is(TypeKind::Str))) {
    error(DiagnosticKind::UnsupportedExpression, spec_node,
          "a format spec needs an int, float, bool or str, not '{}' (CPython: TypeError); format the items, or add !s",
          type_name(type));
    return false;
  }
  return true;
}

TypeRef Inferrer::infer_fstring(ast::JoinedStr* fstring) {
  bool ok = true, unknown = false;
  for (ast::ExprNode* part : fstring->values) {
    auto* field = ast::dyn_cast<ast::FormattedValue>(part);
    if (!field) continue;  // literal text
    TypeRef type = infer_expr(field->value);
    if (!type) {
      ok = false;
      continue;
    }
    if (contains_unknown(type)) {
      unknown = true;
      continue;
    }
    std::optional<std::string> spec = fstring_spec_text(*field);
    if (!spec) {
      error(DiagnosticKind::UnsupportedExpression, field->format_spec,
            "nested replacement fields in a format spec are not supported yet: write the spec out");
      ok = false;
      continue;
    }
    char conversion = field->conversion < 0 ? 0 : static_cast<char>(field->conversion);
    if (!check_format_field(conversion == 'a' ? static_cast<ast::ExprNode*>(field) : field->value, type, conversion,
                            *spec, field->format_spec))
      ok = false;
  }
  if (!ok) return nullptr;
  if (unknown) return record(fstring, types().unknown());
  return record(fstring, types().str());
}

}  // namespace pycxx
