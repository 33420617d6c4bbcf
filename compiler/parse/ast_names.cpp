// Names and spellings of AST node kinds and operators, from the .def tables.
#include "compiler/parse/ast.hpp"

namespace pycxx::ast {

std::string_view node_kind_name(NodeKind kind) {
  switch (kind) {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) \
  case NodeKind::Name:                                          \
    return PyName;
#include "compiler/parse/node_kind.def"
  }
  return "?";
}

bool has_location(NodeKind kind) {
  switch (kind) {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) \
  case NodeKind::Name:                                          \
    return HasLocation;
#include "compiler/parse/node_kind.def"
  }
  return false;
}

#define PYCXX_BOOLOP(Name, PyName, Spelling) case BoolOpKind::Name: return PyName;
std::string_view py_name(BoolOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_OPERATOR(Name, PyName, Spelling) case OperatorKind::Name: return PyName;
std::string_view py_name(OperatorKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_UNARYOP(Name, PyName, Spelling) case UnaryOpKind::Name: return PyName;
std::string_view py_name(UnaryOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_CMPOP(Name, PyName, Spelling) case CmpOpKind::Name: return PyName;
std::string_view py_name(CmpOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_EXPR_CONTEXT(Name, PyName, Spelling) case ExprContext::Name: return PyName;
std::string_view py_name(ExprContext op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }

#define PYCXX_BOOLOP(Name, PyName, Spelling) case BoolOpKind::Name: return Spelling;
std::string_view spelling(BoolOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_OPERATOR(Name, PyName, Spelling) case OperatorKind::Name: return Spelling;
std::string_view spelling(OperatorKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_UNARYOP(Name, PyName, Spelling) case UnaryOpKind::Name: return Spelling;
std::string_view spelling(UnaryOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }
#define PYCXX_CMPOP(Name, PyName, Spelling) case CmpOpKind::Name: return Spelling;
std::string_view spelling(CmpOpKind op) { switch (op) {
#include "compiler/parse/operator_kind.def"
} return "?"; }

}  // namespace pycxx::ast
