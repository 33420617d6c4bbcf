// Reading annotations into types: int, float, bool, complex, None, tuple[...], numpy arrays
// (np.ndarray[tuple[int, int], np.dtype[np.float64]], module-level aliases of it, and the
// string form 'float64[:, :]'), str, list[T], dict[K, V], set[T], and the spellings shims use for
// their parameters (with type variables: "list[T]", "Iterable[T]", "Callable[[T], K]"). Any
// other annotation gets UnsupportedAnnotation naming it.
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
}  // namespace

std::string_view dtype_named(std::string_view name) {
  if (name == "bool_") return "bool";
  if (name == "double") return "float64";
  if (name == "single") return "float32";
  if (name == "cdouble") return "complex128";
  if (name == "csingle") return "complex64";
  return find_dtype(name) ? name : std::string_view{};
}

namespace {

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
  // X | Y, Optional[X], Union[X, Y]: the alternatives (a parameter gets a specialisation per one).
  if (auto* either = ast::dyn_cast<ast::BinOp>(annotation); either && either->op == ast::OperatorKind::BitOr) {
    TypeRef left = read_annotation(either->left);
    TypeRef right = read_annotation(either->right);
    return left && right ? types().union_of({left, right}) : nullptr;
  }
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(annotation)) {
    auto* base = ast::dyn_cast<ast::Name>(subscript->value);
    auto* typing = ast::dyn_cast<ast::Attribute>(subscript->value);
    std::string_view head = base ? std::string_view(base->id) : typing ? std::string_view(typing->attr) : "";
    if (head == "Iterator" || head == "Iterable" || head == "Generator") {
      // A generator function's result: Iterator[int], Generator[int, None, None].
      ast::ExprNode* item = subscript->slice;
      if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice); tuple && !tuple->elts.empty()) item = tuple->elts[0];
      TypeRef type = read_annotation(item);
      return type ? types().iterator(type) : nullptr;
    }
    if (head == "Optional" || head == "Union") {
      std::vector<ast::ExprNode*> items{subscript->slice};
      if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice)) items = tuple->elts;
      std::vector<TypeRef> choices;
      for (ast::ExprNode* item : items) {
        TypeRef type = read_annotation(item);
        if (!type) return nullptr;
        choices.push_back(type);
      }
      if (head == "Optional") choices.push_back(types().none());
      return types().union_of(choices);
    }
    // numpy.typing.NDArray[np.float64]: an array of any rank (the rank comes from the call).
    bool ndarray_alias = (base && base->id == "NDArray") ||
                         (typing && typing->attr == "NDArray" && ast::dyn_cast<ast::Name>(typing->value) &&
                          m_.module_aliases_.count(ast::cast<ast::Name>(*typing->value).id) &&
                          m_.module_aliases_.at(ast::cast<ast::Name>(*typing->value).id) == "numpy.typing");
    if (ndarray_alias) {
      std::string_view dtype = dtype_named(numpy_attribute(subscript->slice));
      if (dtype.empty()) {
        error(DiagnosticKind::UnsupportedAnnotation, subscript->slice,
              "array dtype '{}' is not supported: use NDArray[np.float64] or another numpy scalar type",
              annotation_text(diagnostics_, subscript->slice));
        return nullptr;
      }
      return types().ndarray(dtype, 0);
    }
  }
  if (auto* name = ast::dyn_cast<ast::Name>(annotation)) {
    if (TypeRef type = scalar_named(types(), name->id)) return type;
    if (name->id == "str") return types().str();
    if (auto alias = m_.type_aliases_.find(name->id); alias != m_.type_aliases_.end()) return alias->second;
  }
  // np.float32, np.int64, np.bool_: numpy scalar types (dtype.def's rows and numpy's C aliases).
  if (std::string_view dtype = dtype_named(numpy_attribute(annotation)); !dtype.empty())
    return types().numpy_scalar(dtype);
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
      if (items.size() == 2 && ast::dyn_cast<ast::Constant>(items[1]) &&
          ast::cast<ast::Constant>(*items[1]).value.kind == ast::ConstantValue::Kind::Ellipsis) {
        error(DiagnosticKind::UnsupportedAnnotation, annotation,
              "'{}' (a tuple of any length) is not supported yet: use list[...] or a tuple of fixed length",
              annotation_text(diagnostics_, annotation));
        return nullptr;
      }
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
    // list[T], dict[K, V], set[T] (and typing's List, Dict, Set).
    std::string_view container = !base                                             ? ""
                                 : base->id == "list" || base->id == "List" ? "list"
                                 : base->id == "dict" || base->id == "Dict" ? "dict"
                                 : base->id == "set" || base->id == "Set"   ? "set"
                                                                            : "";
    if (!container.empty()) {
      std::vector<ast::ExprNode*> items{subscript->slice};
      if (auto* tuple = ast::dyn_cast<ast::Tuple>(subscript->slice)) items = tuple->elts;
      std::size_t wanted = container == "dict" ? 2 : 1;
      if (items.size() != wanted) {
        error(DiagnosticKind::UnsupportedAnnotation, annotation, "'{}' takes {} type argument{}, as in {}", container,
              wanted, wanted == 1 ? "" : "s", container == "dict" ? "dict[str, int]" : fmt::format("{}[int]", container));
        return nullptr;
      }
      std::vector<TypeRef> elements;
      for (ast::ExprNode* item : items) {
        TypeRef element = read_annotation(item);
        if (!element) return nullptr;
        elements.push_back(element);
      }
      if (container == "list") return types().list(elements[0]);
      if (container == "set") return types().set(elements[0]);
      return types().dict(elements[0], elements[1]);
    }
  }
  if (ast::dyn_cast<ast::Tuple>(annotation) && ast::cast<ast::Tuple>(*annotation).elts.empty()) return nullptr;
  error(DiagnosticKind::UnsupportedAnnotation, annotation,
        "annotation '{}' is not supported yet: use int, float, bool, complex, str, None, tuple[...], list[...], "
        "dict[..., ...], set[...], a numpy scalar type (np.float32, ...) or np.ndarray[tuple[int, ...], np.dtype[...]]",
        annotation_text(diagnostics_, annotation));
  return nullptr;
}

namespace {

// "a, b[c, d], e" -> its top-level items.
std::vector<std::string_view> split_items(std::string_view inner) {
  std::vector<std::string_view> items;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= inner.size(); ++i) {
    if (i == inner.size() || (inner[i] == ',' && depth == 0)) {
      items.push_back(inner.substr(start, i - start));
      start = i + 1;
    } else if (inner[i] == '[') {
      ++depth;
    } else if (inner[i] == ']') {
      --depth;
    }
  }
  return items;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A type variable of a generic shim: one capital letter, optionally followed by digits (T, K, V, T2).
bool is_type_variable(std::string_view text) {
  if (text.empty() || text.front() < 'A' || text.front() > 'Z') return false;
  return text.size() == 1 || text.substr(1).find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

TypeRef type_from_spelling(TypeContext& types, std::string_view spelling) {
  spelling = trimmed(spelling);
  if (TypeRef type = scalar_named(types, spelling)) return type;
  if (spelling == "str") return types.str();
  if (spelling == "BaseException") return types.exception();  // a caught exception (builtins.repr)
  if (is_type_variable(spelling)) return types.type_var(spelling);
  // "V | None": a result that may be None (dict.get(key)).
  if (spelling.ends_with("| None")) {
    TypeRef item = type_from_spelling(types, spelling.substr(0, spelling.size() - 6));
    return item ? types.optional(item) : nullptr;
  }
  auto open = spelling.find('[');
  if (open == std::string_view::npos || !spelling.ends_with("]")) return nullptr;
  std::string_view head = spelling.substr(0, open);
  std::string_view inner = spelling.substr(open + 1, spelling.size() - open - 2);
  // Shims with concrete array results spell them "ndarray[float64, 1]" (dtype, rank).
  if (head == "ndarray") {
    auto comma = inner.find(',');
    if (comma == std::string_view::npos) return nullptr;
    std::string_view dtype = inner.substr(0, comma), rank = trimmed(inner.substr(comma + 1));
    if (!find_dtype(dtype) || rank.empty() || rank.find_first_not_of("0123456789") != std::string_view::npos)
      return nullptr;
    return types.ndarray(dtype, std::stoi(std::string(rank)));
  }
  if (head == "Callable") {
    // Callable[[A, B], R]
    auto items = split_items(inner);
    std::string_view params = items.size() == 2 ? trimmed(items[0]) : std::string_view{};
    if (params.size() < 2 || params.front() != '[' || params.back() != ']') return nullptr;
    std::vector<TypeRef> elements;
    if (!trimmed(params.substr(1, params.size() - 2)).empty()) {
      for (std::string_view item : split_items(params.substr(1, params.size() - 2))) {
        TypeRef param = type_from_spelling(types, item);
        if (!param) return nullptr;
        elements.push_back(param);
      }
    }
    TypeRef result = type_from_spelling(types, items[1]);
    if (!result) return nullptr;
    elements.push_back(result);
    return types.callable(std::move(elements));
  }
  std::vector<TypeRef> elements;
  for (std::string_view item : split_items(inner)) {
    TypeRef element = type_from_spelling(types, item);
    if (!element) return nullptr;
    elements.push_back(element);
  }
  if (head == "tuple") return types.tuple(std::move(elements));
  if (elements.size() == 1 && head == "list") return types.list(elements[0]);
  if (elements.size() == 1 && head == "set") return types.set(elements[0]);
  if (elements.size() == 2 && head == "dict") return types.dict(elements[0], elements[1]);
  if (elements.size() == 1 && head == "Iterable") return types.iterable(elements[0]);
  if (elements.size() == 1 && head == "Iterator") return types.iterator(elements[0]);
  return nullptr;
}

}  // namespace pycxx
