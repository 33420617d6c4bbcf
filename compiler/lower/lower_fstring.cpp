// f-strings and "...".format(...): f"a{x:.3f}b{s!r}" becomes pycxx::fstring(literal, piece, literal, piece), each
// field a runtime call (pycxx::fstring_str / fstring_repr / fstring_format, in
// runtime/pycxx/containers/fstring.hpp), evaluated left to right as CPython does.
// Neighbours: lower_expr.cpp (dispatch), compiler/sema/infer_fstring.cpp.
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

namespace {
enum class Leaves : std::uint8_t { NoNumbers, Numpy, Python };  // what numbers a value's type holds

Leaves join(Leaves a, Leaves b) {
  if (a == Leaves::Python || b == Leaves::Python) return Leaves::Python;
  return a == Leaves::Numpy || b == Leaves::Numpy ? Leaves::Numpy : Leaves::NoNumbers;
}

// Only a value all of whose numbers are numpy scalars shows in numpy's form: a container
// mixing Python and numpy numbers keeps Python's repr (docs/semantics.md).
Leaves number_leaves(TypeRef type) {
  switch (type->kind_) {
    case TypeKind::NumpyScalar:
      return Leaves::Numpy;
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Complex:
      return Leaves::Python;
    case TypeKind::Tuple:
    case TypeKind::List:
    case TypeKind::Set:
    case TypeKind::Dict:
    case TypeKind::Optional: {
      Leaves leaves = Leaves::NoNumbers;
      for (TypeRef element : type->elements_) leaves = join(leaves, number_leaves(element));
      return leaves;
    }
    case TypeKind::Unknown:
    case TypeKind::None:
    case TypeKind::NDArray:
    case TypeKind::Str:
    case TypeKind::Exception:
    case TypeKind::Iterator:
    case TypeKind::Callable:
    case TypeKind::FunctionRef:
    case TypeKind::TypeVar:
    case TypeKind::Union:
    case TypeKind::Iterable:
    case TypeKind::Dtype:
      return Leaves::NoNumbers;
  }
  return Leaves::NoNumbers;
}
}  // namespace

bool number_leaves_are_numpy(TypeRef type) { return number_leaves(type) == Leaves::Numpy; }

ir::Value* Lowerer::as_numpy_text(ir::Value* value, bool repr) {
  if (!number_leaves_are_numpy(value->type_)) return value;
  // str(np.float64(0.1)) is '0.1': only a repr, or a container's str (its items' reprs), changes.
  if (!repr && value->type_->is(TypeKind::NumpyScalar)) return value;
  return f_.call(ir::RuntimeOp::NumpyRepr, types().str(), {value});
}

ir::Value* Lowerer::format_piece(ir::Value* value, char conversion, const std::string& spec) {
  if (ir::Value* text = as_numpy_text(value, conversion == 'r'); text != value) {
    value = text;  // now the str to show
    if (conversion == 'r') conversion = 's';
  }
  ir::Value* piece =
      f_.call(conversion == 'r' ? ir::RuntimeOp::FstringRepr : ir::RuntimeOp::FstringStr, types().str(), {value});
  if (spec.empty()) return piece;
  // A conversion formats its str; without one the value itself is formatted.
  ir::Value* formatted = conversion == 'r' || conversion == 's' ? piece : value;
  piece = f_.call(ir::RuntimeOp::FstringFormat, types().str(), {formatted, literal(types().str(), spec)});
  return piece;
}

ir::Value* Lowerer::join_pieces(std::vector<ir::Value*> parts) {
  ir::Value* v = f_.call(ir::RuntimeOp::Fstring, types().str(), std::move(parts));
  return v;
}

ir::Value* Lowerer::fstring(ast::JoinedStr* node) {
  std::vector<ir::Value*> parts;
  for (ast::ExprNode* part : node->values) {
    if (auto* constant = ast::dyn_cast<ast::Constant>(part)) {
      parts.push_back(literal(types().str(), constant->value.text));
      continue;
    }
    auto& field = ast::cast<ast::FormattedValue>(*part);
    ir::Value* value = expr(field.value);
    char conversion = field.conversion < 0 ? 0 : static_cast<char>(field.conversion);
    if (value->type_->is(TypeKind::Dtype)) {  // f"{a.dtype}", f"{a.dtype!r}": its name or repr, as text
      value = as_dtype_text(value, conversion == 'r');
      conversion = 's';
    }
    parts.push_back(format_piece(value, conversion, fstring_spec_text(field).value_or("")));
  }
  return join_pieces(std::move(parts));
}

// "{} {:.2f}".format(a, b): every argument evaluated once, in order (lower_call.cpp), then
// the pieces of the constant format string (parsed again: sema checked it).
ir::Value* Lowerer::str_format(const std::string& text, const std::vector<ir::Value*>& args) {
  StrFormatParse parsed = parse_str_format(text);
  std::vector<ir::Value*> parts;
  for (const StrFormatField& f : parsed.fields_) {
    if (!f.text_before_.empty()) parts.push_back(literal(types().str(), f.text_before_));
    parts.push_back(format_piece(args[f.index_], f.conversion_, f.spec_));
  }
  if (!parsed.tail_.empty() || parts.empty()) parts.push_back(literal(types().str(), parsed.tail_));
  return join_pieces(std::move(parts));
}

}  // namespace pycxx
