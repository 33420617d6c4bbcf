// Reading annotations into types: int, float, bool, complex, None, tuple[...], numpy arrays
// (np.ndarray[tuple[int, int], np.dtype[np.float64]], module-level aliases of it, and the
// string form 'float64[:, :]'), and the spellings shims use for their parameters. Any other
// annotation gets UnsupportedAnnotation naming it. Containers, str and X | None grow here (issue 5).
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

// numpy's scalar type names as dtypes: np.float64 -> float64; the aliases numpy keeps for C names.
std::string_view dtype_named(std::string_view name) {
  if (name == "bool_") return "bool";
  if (name == "double") return "float64";
  if (name == "single") return "float32";
  if (name == "cdouble") return "complex128";
  if (name == "csingle") return "complex64";
  return find_dtype(name) ? name : std::string_view{};
}

// The string form Pythran, Numba and Cython users write: 'float64[:, :]', 'float[:]' (float64),
// 'double[:]', 'int[:,:]' (int64), 'complex[:]' (complex128); '::1' marks a contiguous axis.
TypeRef string_form(TypeContext& types, std::string_view text) {
  auto bracket = text.find('[');
  if (bracket == std::string_view::npos || !text.ends_with("]")) return nullptr;
  std::string_view name = text.substr(0, bracket);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  std::string_view dtype = name == "float" || name == "double" ? "float64"
                           : name == "int"                     ? "int64"
                           : name == "complex"                 ? "complex128"
                                                               : dtype_named(name);
  if (dtype.empty()) return nullptr;
  std::string_view axes = text.substr(bracket + 1, text.size() - bracket - 2);
  int rank = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= axes.size(); ++i) {
    if (i < axes.size() && axes[i] != ',') continue;
    std::string axis;
    for (char c : axes.substr(start, i - start))
      if (c != ' ') axis += c;
    if (axis != ":" && axis != "::1") return nullptr;
    ++rank;
    start = i + 1;
  }
  return types.ndarray(dtype, rank);
}

}  // namespace

std::string_view Inferrer::numpy_attribute(const ast::ExprNode* expr) const {
  auto* attribute = ast::dyn_cast<ast::Attribute>(expr);
  if (!attribute) return {};
  auto* base = ast::dyn_cast<ast::Name>(attribute->value);
  if (!base || !m_.module_aliases_.count(base->id) || m_.module_aliases_.at(base->id) != "numpy") return {};
  return attribute->attr;
}

TypeRef Inferrer::read_array_annotation(ast::Subscript* subscript) {
  auto* parts = ast::dyn_cast<ast::Tuple>(subscript->slice);
  auto* shape = parts && parts->elts.size() == 2 ? ast::dyn_cast<ast::Subscript>(parts->elts[0]) : nullptr;
  auto* dtype = parts && parts->elts.size() == 2 ? ast::dyn_cast<ast::Subscript>(parts->elts[1]) : nullptr;
  auto* shape_base = shape ? ast::dyn_cast<ast::Name>(shape->value) : nullptr;
  int rank = 0;
  bool shape_ok = shape_base && (shape_base->id == "tuple" || shape_base->id == "Tuple");
  if (shape_ok) {
    std::vector<ast::ExprNode*> axes{shape->slice};
    if (auto* many = ast::dyn_cast<ast::Tuple>(shape->slice)) axes = many->elts;
    for (ast::ExprNode* axis : axes) {
      auto* name = ast::dyn_cast<ast::Name>(axis);
      if (!name || name->id != "int") shape_ok = false;
      ++rank;
    }
  }
  if (!shape_ok || rank == 0) {
    error(DiagnosticKind::UnsupportedAnnotation, subscript,
          "array annotation '{}' is not supported: give the rank as a tuple of ints and the dtype, as in "
          "np.ndarray[tuple[int, int], np.dtype[np.float64]]",
          annotation_text(diagnostics_, subscript));
    return nullptr;
  }
  std::string_view dtype_name = dtype && numpy_attribute(dtype->value) == "dtype" ? dtype_named(numpy_attribute(dtype->slice))
                                                                                   : std::string_view{};
  if (dtype_name.empty()) {
    error(DiagnosticKind::UnsupportedAnnotation, parts->elts[1],
          "array dtype '{}' is not supported: use np.dtype[np.float64] or another numpy dtype (bool, int8..uint64, "
          "float32, float64, complex64, complex128)",
          annotation_text(diagnostics_, parts->elts[1]));
    return nullptr;
  }
  return types().ndarray(dtype_name, rank);
}

TypeRef Inferrer::read_annotation(ast::ExprNode* annotation) {
  if (auto* name = ast::dyn_cast<ast::Name>(annotation)) {
    if (TypeRef type = scalar_named(types(), name->id)) return type;
    if (auto alias = m_.type_aliases_.find(name->id); alias != m_.type_aliases_.end()) return alias->second;
  }
  if (auto* constant = ast::dyn_cast<ast::Constant>(annotation)) {
    if (constant->value.kind == ast::ConstantValue::Kind::None) return types().none();
    if (constant->value.kind == ast::ConstantValue::Kind::Str) {
      if (TypeRef type = string_form(types(), constant->value.text)) return type;
      if (TypeRef type = scalar_named(types(), constant->value.text)) return type;
    }
  }
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(annotation)) {
    if (numpy_attribute(subscript->value) == "ndarray") return read_array_annotation(subscript);
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
        "annotation '{}' is not supported yet: use int, float, bool, complex, None, tuple[...] or "
        "np.ndarray[tuple[int, ...], np.dtype[...]]",
        annotation_text(diagnostics_, annotation));
  return nullptr;
}

TypeRef type_from_spelling(TypeContext& types, std::string_view spelling) {
  while (!spelling.empty() && spelling.front() == ' ') spelling.remove_prefix(1);
  while (!spelling.empty() && spelling.back() == ' ') spelling.remove_suffix(1);
  if (TypeRef type = scalar_named(types, spelling)) return type;
  // Shims with concrete array results spell them "ndarray[float64, 1]" (dtype, rank).
  if (spelling.starts_with("ndarray[") && spelling.ends_with("]")) {
    std::string_view inner = spelling.substr(8, spelling.size() - 9);
    auto comma = inner.find(',');
    if (comma == std::string_view::npos) return nullptr;
    std::string_view dtype = inner.substr(0, comma), rank = inner.substr(comma + 1);
    while (!rank.empty() && rank.front() == ' ') rank.remove_prefix(1);
    if (!find_dtype(dtype) || rank.empty() || rank.find_first_not_of("0123456789") != std::string_view::npos)
      return nullptr;
    return types.ndarray(dtype, std::stoi(std::string(rank)));
  }
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
