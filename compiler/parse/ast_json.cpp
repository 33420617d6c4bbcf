// ast_to_json: the tree as JSON, field for field as CPython's `ast` (docs/ast_json.md).
// Every node kind is written from its node_kind.def row; the only hand-written parts are
// the writers for each field type (node, list, identifier, operator, constant value).
#include <charconv>
#include <cmath>

#include "compiler/json/json_writer.hpp"
#include "compiler/parse/parser.hpp"

namespace pycxx {

namespace {

using namespace ast;

void write_node(JsonWriter& w, const Node* node);

// Strings may hold lone surrogates ("\ud800" in the source), kept as 3-byte sequences;
// JSON spells them as \u escapes.
void write_text(JsonWriter& w, const std::string& s) {
  bool surrogate = false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) surrogate = true;
  if (!surrogate) {
    w.value(s);
    return;
  }
  std::string out = "\"";
  std::size_t plain = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xED && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
      JsonWriter::escape_into(out, std::string_view(s).substr(plain, i - plain));
      unsigned cp = 0xD000 | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) | (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
      i += 2;
      plain = i + 1;
    }
  }
  JsonWriter::escape_into(out, std::string_view(s).substr(plain));
  out += '"';
  w.raw(out);
}

void write_double(JsonWriter& w, double d) {
  if (std::isnan(d)) {
    w.value("nan");
    return;
  }
  if (std::isinf(d)) {
    w.value(d > 0 ? "inf" : "-inf");
    return;
  }
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, d);
  std::string text(buf, result.ptr);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  w.raw(text);
}

void write_field(JsonWriter& w, const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: w.null(); return;
    case ConstantValue::Kind::Bool: w.value(v.boolean); return;
    case ConstantValue::Kind::Int: w.raw(v.text); return;
    case ConstantValue::Kind::Float: write_double(w, v.number); return;
    case ConstantValue::Kind::Complex:
      w.begin_object().key("complex").begin_array();
      write_double(w, 0.0);
      write_double(w, v.number);
      w.end_array().end_object();
      return;
    case ConstantValue::Kind::Str: write_text(w, v.text); return;
    case ConstantValue::Kind::Bytes:
      w.begin_object().key("bytes").begin_array();
      for (char c : v.text) w.value(static_cast<int>(static_cast<unsigned char>(c)));
      w.end_array().end_object();
      return;
    case ConstantValue::Kind::Ellipsis: w.begin_object().key("Ellipsis").value(true).end_object(); return;
  }
}

template <class T>
  requires std::is_base_of_v<Node, T>
void write_field(JsonWriter& w, const T* node) {
  write_node(w, node);
}
template <class T>
void write_field(JsonWriter& w, const std::vector<T*>& nodes) {
  w.begin_array();
  for (const Node* n : nodes) write_node(w, n);
  w.end_array();
}
void write_field(JsonWriter& w, const std::string& s) { write_text(w, s); }
void write_field(JsonWriter& w, const std::optional<std::string>& s) {
  if (s)
    write_text(w, *s);
  else
    w.null();
}
void write_field(JsonWriter& w, const IdentifierList& names) {
  w.begin_array();
  for (const auto& n : names) write_text(w, n);
  w.end_array();
}
void write_field(JsonWriter& w, Int i) { w.value(i); }
template <class Op>
void write_kind(JsonWriter& w, Op op) {
  w.begin_object().key("_type").value(py_name(op)).end_object();
}
void write_field(JsonWriter& w, BoolOpKind op) { write_kind(w, op); }
void write_field(JsonWriter& w, OperatorKind op) { write_kind(w, op); }
void write_field(JsonWriter& w, UnaryOpKind op) { write_kind(w, op); }
void write_field(JsonWriter& w, ExprContext ctx) { write_kind(w, ctx); }
void write_field(JsonWriter& w, const CmpOpList& ops) {
  w.begin_array();
  for (CmpOpKind op : ops) write_kind(w, op);
  w.end_array();
}

void write_location(JsonWriter& w, const Node& node) {
  w.key("lineno").value(node.range.begin.line);
  w.key("col_offset").value(node.range.begin.column);
  w.key("end_lineno").value(node.range.end.line);
  w.key("end_col_offset").value(node.range.end.column);
}

void write_node(JsonWriter& w, const Node* node) {
  if (!node) {
    w.null();
    return;
  }
  switch (node->kind) {
#define F(Type, name) \
  w.key(#name);       \
  write_field(w, n.name);
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) \
  case NodeKind::Name: {                                        \
    [[maybe_unused]] const auto& n = cast<ast::Name>(*node);    \
    w.begin_object().key("_type").value(PyName);                \
    Fields if (HasLocation) write_location(w, n);               \
    w.end_object();                                             \
    return;                                                     \
  }
#include "compiler/parse/node_kind.def"
#undef F
  }
}

}  // namespace

std::string ast_to_json(const ast::Module& module) {
  JsonWriter w;
  write_node(w, &module);
  return std::move(w.str());
}

}  // namespace pycxx
