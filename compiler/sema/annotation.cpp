// Reading annotations into types: int, float, bool, complex, None, tuple[...] (and the
// spellings shims use for their parameters). Any other annotation gets UnsupportedAnnotation
// naming it. Arrays, containers, str and X | None grow here (issue 5).
// Neighbours: collect_module.cpp (parameters and returns), type.hpp.
#include <string>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

TypeRef scalar_named(TypeContext& types, std::string_view name) {
  if (name == "int") return types.integer();
  if (name == "float") return types.floating();
  if (name == "bool") return types.boolean();
  if (name == "complex") return types.complex();
  if (name == "None") return types.none();
  return nullptr;
}

// The source text of an annotation, for messages.
std::string annotation_text(const DiagnosticEmitter& diagnostics, const ast::Node* node) {
  const SourceFile& file = diagnostics.file();
  if (node->range.begin.line != node->range.end.line) return ast::node_kind_name(node->kind).data();
  std::string_view line = file.line_text(node->range.begin.line);
  auto begin = std::min<std::size_t>(node->range.begin.column, line.size());
  auto end = std::min<std::size_t>(node->range.end.column, line.size());
  return std::string(line.substr(begin, end - begin));
}

}  // namespace

TypeRef Inferrer::read_annotation(ast::ExprNode* annotation) {
  if (auto* name = ast::dyn_cast<ast::Name>(annotation)) {
    if (TypeRef type = scalar_named(types(), name->id)) return type;
  }
  if (auto* constant = ast::dyn_cast<ast::Constant>(annotation)) {
    if (constant->value.kind == ast::ConstantValue::Kind::None) return types().none();
  }
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(annotation)) {
    auto* base = ast::dyn_cast<ast::Name>(subscript->value);
    if (base && (base->id == "tuple" || base->id == "Tuple")) {
      std::vector<TypeRef> elements;
      std::vector<ast::ExprNode*> items;
      if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice))
        items = tuple->elts;
      else
        items.push_back(subscript->slice);
      bool ok = true;
      for (ast::ExprNode* item : items) {
        TypeRef element = read_annotation(item);
        if (!element) ok = false;
        elements.push_back(element);
      }
      // tuple[()] is the empty tuple.
      if (items.size() == 1 && ast::dyn_cast<ast::Tuple>(items[0]) && ast::cast<ast::Tuple>(*items[0]).elts.empty())
        return types().tuple({});
      return ok ? types().tuple(std::move(elements)) : nullptr;
    }
  }
  if (ast::dyn_cast<ast::Tuple>(annotation) && ast::cast<ast::Tuple>(*annotation).elts.empty()) return nullptr;
  error(DiagnosticKind::UnsupportedAnnotation, annotation,
        "annotation '{}' is not supported yet: use int, float, bool, complex, None or tuple[...]",
        annotation_text(diagnostics_, annotation));
  return nullptr;
}

TypeRef type_from_spelling(TypeContext& types, std::string_view spelling) {
  while (!spelling.empty() && spelling.front() == ' ') spelling.remove_prefix(1);
  while (!spelling.empty() && spelling.back() == ' ') spelling.remove_suffix(1);
  if (TypeRef type = scalar_named(types, spelling)) return type;
  if (spelling.starts_with("tuple[") && spelling.ends_with("]")) {
    std::string_view inner = spelling.substr(6, spelling.size() - 7);
    std::vector<TypeRef> elements;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inner.size(); ++i) {
      if (i == inner.size() || (inner[i] == ',' && depth == 0)) {
        TypeRef element = type_from_spelling(types, inner.substr(start, i - start));
        if (!element) return nullptr;
        elements.push_back(element);
        start = i + 1;
      } else if (inner[i] == '[') {
        ++depth;
      } else if (inner[i] == ']') {
        --depth;
      }
    }
    return types.tuple(std::move(elements));
  }
  return nullptr;
}

}  // namespace pycxx
