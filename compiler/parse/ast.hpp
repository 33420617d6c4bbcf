// The Python syntax tree: one struct per row of node_kind.def, fields named as in CPython's
// `ast` module. Nodes live in an AstContext arena and point at each other with raw
// pointers; an optional child is a null pointer. Sema keeps its results in side tables
// keyed by node, so the tree stays exactly what was written.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/source_loc.hpp"

namespace pycxx::ast {

enum class NodeKind : std::uint8_t {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) Name,
#include "compiler/parse/node_kind.def"
};

enum class BoolOpKind : std::uint8_t {
#define PYCXX_BOOLOP(Name, PyName, Spelling) Name,
#include "compiler/parse/operator_kind.def"
};
enum class OperatorKind : std::uint8_t {
#define PYCXX_OPERATOR(Name, PyName, Spelling) Name,
#include "compiler/parse/operator_kind.def"
};
enum class UnaryOpKind : std::uint8_t {
#define PYCXX_UNARYOP(Name, PyName, Spelling) Name,
#include "compiler/parse/operator_kind.def"
};
enum class CmpOpKind : std::uint8_t {
#define PYCXX_CMPOP(Name, PyName, Spelling) Name,
#include "compiler/parse/operator_kind.def"
};
enum class ExprContext : std::uint8_t {
#define PYCXX_EXPR_CONTEXT(Name, PyName, Spelling) Name,
#include "compiler/parse/operator_kind.def"
};

// `ast` class names and Python spellings ("+", "not in").
std::string_view node_kind_name(NodeKind kind);  // the `ast` class name
std::string_view py_name(BoolOpKind op);
std::string_view py_name(OperatorKind op);
std::string_view py_name(UnaryOpKind op);
std::string_view py_name(CmpOpKind op);
std::string_view py_name(ExprContext ctx);
std::string_view spelling(BoolOpKind op);
std::string_view spelling(OperatorKind op);
std::string_view spelling(UnaryOpKind op);
std::string_view spelling(CmpOpKind op);

// The value of a Constant (and MatchSingleton), as the parser read it.
struct ConstantValue {
  enum class Kind : std::uint8_t { None, Bool, Int, Float, Complex, Str, Bytes, Ellipsis };
  Kind kind = Kind::None;
  bool boolean = false;
  // Int: the value in decimal digits, any size (literals are never negative).
  // Str: the decoded text as UTF-8. Bytes: the raw bytes.
  std::string text;
  // Float: the value. Complex: the imaginary part (a literal `2j` has real part 0).
  double number = 0.0;
};

struct Node {
  NodeKind kind;
  SourceRange range;  // lineno/col_offset .. end_lineno/end_col_offset
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
};
struct StmtNode : Node {
  using Node::Node;
};
struct ExprNode : Node {
  using Node::Node;
};
struct PatternNode : Node {
  using Node::Node;
};

#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) struct Name;
#include "compiler/parse/node_kind.def"

// The field types named in node_kind.def.
using Int = std::int64_t;
using String = std::string;
using OptString = std::optional<std::string>;
using Identifier = std::string;
using OptIdentifier = std::optional<std::string>;
using IdentifierList = std::vector<std::string>;
using ExprPtr = ExprNode*;
using ExprList = std::vector<ExprNode*>;
using StmtList = std::vector<StmtNode*>;
using PatternPtr = PatternNode*;
using PatternList = std::vector<PatternNode*>;
using ArgumentsPtr = Arguments*;
using ArgPtr = Arg*;
using ArgList = std::vector<Arg*>;
using KeywordList = std::vector<Keyword*>;
using AliasList = std::vector<Alias*>;
using WithItemList = std::vector<WithItem*>;
using MatchCaseList = std::vector<MatchCase*>;
using ComprehensionList = std::vector<Comprehension*>;
using ExceptHandlerList = std::vector<ExceptHandler*>;
using TypeIgnoreList = std::vector<TypeIgnore*>;
using CmpOpList = std::vector<CmpOpKind>;

#define F(Type, name) Type name{};
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) \
  struct Name : Base {                                          \
    static constexpr NodeKind kKind = NodeKind::Name;           \
    static constexpr bool kHasLocation = HasLocation;           \
    Name() : Base(NodeKind::Name) {}                            \
    Fields                                                      \
  };
#include "compiler/parse/node_kind.def"
#undef F

// Whether CPython gives nodes of this kind a location.
bool has_location(NodeKind kind);

// The expression kinds and the statement kinds on their own, generated from the same rows
// by their Base column: a switch over one category lists only that category's kinds (and
// -Werror=switch still points at every switch a new row must reach).
#define PYCXX_AST_IF_ExprNode(Name) Name,
#define PYCXX_AST_IF_StmtNode(Name)
#define PYCXX_AST_IF_PatternNode(Name)
#define PYCXX_AST_IF_Node(Name)
enum class ExprKind : std::uint8_t {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) PYCXX_AST_IF_##Base(Name)
#include "compiler/parse/node_kind.def"
};
#undef PYCXX_AST_IF_ExprNode
#undef PYCXX_AST_IF_StmtNode
#define PYCXX_AST_IF_ExprNode(Name)
#define PYCXX_AST_IF_StmtNode(Name) Name,
enum class StmtKind : std::uint8_t {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) PYCXX_AST_IF_##Base(Name)
#include "compiler/parse/node_kind.def"
};
#undef PYCXX_AST_IF_ExprNode
#undef PYCXX_AST_IF_StmtNode
#undef PYCXX_AST_IF_PatternNode
#undef PYCXX_AST_IF_Node

#define PYCXX_AST_CASE_ExprNode(Name, Category) PYCXX_AST_CASE_##Category##_ExprNode(Name)
#define PYCXX_AST_CASE_StmtNode(Name, Category) PYCXX_AST_CASE_##Category##_StmtNode(Name)
#define PYCXX_AST_CASE_PatternNode(Name, Category) \
  case NodeKind::Name:                              \
    break;
#define PYCXX_AST_CASE_Node(Name, Category) \
  case NodeKind::Name:                       \
    break;
#define PYCXX_AST_CASE_Expr_ExprNode(Name) \
  case NodeKind::Name:                      \
    return ExprKind::Name;
#define PYCXX_AST_CASE_Expr_StmtNode(Name) \
  case NodeKind::Name:                      \
    break;
#define PYCXX_AST_CASE_Stmt_StmtNode(Name) \
  case NodeKind::Name:                      \
    return StmtKind::Name;
#define PYCXX_AST_CASE_Stmt_ExprNode(Name) \
  case NodeKind::Name:                      \
    break;

// The category kind of an expression or statement node.
inline ExprKind expr_kind(const ExprNode& node) {
  switch (node.kind) {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) PYCXX_AST_CASE_##Base(Name, Expr)
#include "compiler/parse/node_kind.def"
  }
  return ExprKind{};  // unreachable: every ExprNode has an expression kind
}
inline StmtKind stmt_kind(const StmtNode& node) {
  switch (node.kind) {
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) PYCXX_AST_CASE_##Base(Name, Stmt)
#include "compiler/parse/node_kind.def"
  }
  return StmtKind{};  // unreachable: every StmtNode has a statement kind
}
#undef PYCXX_AST_CASE_ExprNode
#undef PYCXX_AST_CASE_StmtNode
#undef PYCXX_AST_CASE_PatternNode
#undef PYCXX_AST_CASE_Node
#undef PYCXX_AST_CASE_Expr_ExprNode
#undef PYCXX_AST_CASE_Expr_StmtNode
#undef PYCXX_AST_CASE_Stmt_StmtNode
#undef PYCXX_AST_CASE_Stmt_ExprNode

// Checked downcasts: `if (auto* call = ast::dyn_cast<ast::Call>(expr))`.
template <class T>
T* dyn_cast(Node* node) {
  return node && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T>
const T* dyn_cast(const Node* node) {
  return node && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}
template <class T>
T& cast(Node& node) {
  return static_cast<T&>(node);
}
template <class T>
const T& cast(const Node& node) {
  return static_cast<const T&>(node);
}

// Owns every node of one parsed file.
class AstContext {
 public:
  template <class T>
  T* make(SourceRange range = {}) {
    auto node = std::make_unique<T>();
    node->range = range;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  std::size_t node_count() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace pycxx::ast
