// f-strings: f"a{x:.3f}b{s!r}" becomes pycxx::fstring(literal, piece, literal, piece), each
// field a runtime call (pycxx::fstring_str / fstring_repr / fstring_format, in
// runtime/pycxx/containers/fstring.hpp), evaluated left to right as CPython does.
// Neighbours: lower_expr.cpp (dispatch), compiler/sema/infer_fstring.cpp.
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

ir::Value* Lowerer::fstring(ast::JoinedStr* node) {
  constexpr const char* header = "pycxx/containers/fstring.hpp";
  std::vector<ir::Value*> parts;
  for (ast::ExprNode* part : node->values) {
    if (auto* constant = ast::dyn_cast<ast::Constant>(part)) {
      parts.push_back(literal(types().str(), constant->value.text));
      continue;
    }
    auto& field = ast::cast<ast::FormattedValue>(*part);
    ir::Value* value = expr(field.value);
    std::string spec = fstring_spec_text(field).value_or("");
    ir::Value* piece = nullptr;
    if (field.conversion == 'r') {
      piece = f_.make(ir::InstKind::Runtime, types().str(), {value}, "pycxx::fstring_repr");
    } else {
      piece = f_.make(ir::InstKind::Runtime, types().str(), {value}, "pycxx::fstring_str");
    }
    piece->header_ = header;
    if (!spec.empty()) {
      // A conversion formats its str; without one the value itself is formatted.
      ir::Value* formatted = field.conversion == 'r' || field.conversion == 's' ? piece : value;
      piece = f_.make(ir::InstKind::Runtime, types().str(), {formatted, literal(types().str(), spec)},
                      "pycxx::fstring_format");
      piece->header_ = header;
    }
    parts.push_back(piece);
  }
  ir::Value* v = f_.make(ir::InstKind::Runtime, types().str(), parts, "pycxx::fstring");
  v->header_ = header;
  return v;
}

}  // namespace pycxx
