// f-strings and "...".format(...): f"a{x:.3f}b{s!r}" becomes pycxx::fstring(literal, piece, literal, piece), each
// field a runtime call (pycxx::fstring_str / fstring_repr / fstring_format, in
// runtime/pycxx/containers/fstring.hpp), evaluated left to right as CPython does.
// Neighbours: lower_expr.cpp (dispatch), compiler/sema/infer_fstring.cpp.
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

ir::Value* Lowerer::format_piece(ir::Value* value, char conversion, const std::string& spec) {
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
