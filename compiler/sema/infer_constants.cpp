// Module-level constants (literals and arithmetic on them, no calls) and parameter defaults,
// which Python evaluates once at module level: their types, checked against annotations.
// Neighbours: collect_module.cpp (which collects them).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

void Inferrer::infer_constants() {
  spec_ = m_.module_scope_.get();
  for (const auto& constant : m_.constants_) {
    bool has_call = false;
    std::vector<ast::Node*> stack{constant->value_};
    while (!stack.empty()) {
      ast::Node* node = stack.back();
      stack.pop_back();
      if (node->kind == ast::NodeKind::Call) has_call = true;
      ast::for_each_child(node, [&](ast::Node* child) { stack.push_back(child); });
    }
    if (has_call) {
      error(DiagnosticKind::UnsupportedExpression, constant->value_,
            "module-level constant '{}' must be a literal or arithmetic on constants, without calls", constant->name_);
      continue;
    }
    constant->type_ = infer_expr(constant->value_);
  }
  // Parameter defaults are evaluated once, at module level, as in Python.
  for (const auto& function : m_.functions_) {
    for (std::size_t i = 0; i < function->param_defaults_.size(); ++i) {
      ast::ExprNode* value = function->param_defaults_[i];
      if (!value) continue;
      TypeRef type = infer_expr(value);
      TypeRef annotated = function->param_annotations_[i];
      if (type && annotated && !annotated->is(TypeKind::Unknown) && !implicitly_converts(type, annotated))
        error(DiagnosticKind::TypeMismatch, value, "the default of parameter '{}' is a '{}' but its annotation says '{}'",
              function->param_names_[i], type_name(type), type_name(annotated));
    }
  }
  spec_ = nullptr;
}

}  // namespace pycxx
