// The state of lowering one specialisation from the typed AST (sema's side tables) to IR.
// Split by construct: lower_expr.cpp (operators, comparisons, and/or), lower_call.cpp
// (calls, conversions), lower_assign.cpp (targets, tuple unpacking), lower_stmt.cpp
// (control flow), lower_module.cpp (functions, constants, exports).
#pragma once

#include "compiler/ir/ir.hpp"
#include "compiler/lower/lower.hpp"
#include "compiler/sema/sema.hpp"

namespace pycxx {

// lower_fstring.cpp: whether every number a value of this type holds is a numpy scalar (and it
// holds one): such values show in numpy 2's repr form (Lowerer::as_numpy_text).
bool number_leaves_are_numpy(TypeRef type);

class Lowerer {
 public:
  Lowerer(const ModuleSema& sema, const Specialization& spec, ir::Function& function, ir::Module& module)
      : sema_(sema), spec_(spec), f_(function), module_(module), return_type_(function.return_type_) {}

  ir::Value* expr(ast::ExprNode* node);                    // lower_expr.cpp
  ir::Value* convert(ir::Value* value, TypeRef to);        // lower_call.cpp
  ir::Value* truth(ir::Value* value);
  ir::Value* call(ast::Call* node);
  ir::Value* creation_call(ast::Call* node, const CallTarget& target, TypeRef type);
  ir::Value* str_conversion(ir::Value* text, TypeRef type, ir::RuntimeOp op);
  ir::Value* dtype_literal(TypeRef type);  // lower_subscript.cpp: a.dtype (static)
  // A dtype value as the str that str() / print / f-strings give (its repr for !r); others unchanged.
  ir::Value* as_dtype_text(ir::Value* value, bool repr = false);
  // lower_fstring.cpp: a value whose numbers sema typed as numpy scalars, as the str numpy 2 shows
  // (np.float64(0.1)) where Python shows a repr: repr() and !r of it, and str() / print / f-strings
  // of a container holding them. Others unchanged.
  ir::Value* as_numpy_text(ir::Value* value, bool repr);
  ir::Value* array_method_call(ast::Call* node, const CallTarget& target, TypeRef type);  // lower_array_method.cpp
  // lower_subscript.cpp: a[i, j] and t[k] reads, a[i, j] = v stores, a.shape / a.ndim / a.size.
  ir::Value* subscript(ast::Subscript* node);
  ir::Value* view(ast::Subscript* node);
  std::vector<ir::Value*> subscript_operands(ast::Subscript* node);
  ir::Value* store_element(std::vector<ir::Value*> operands, ir::Value* value);
  // `target op= value` on an array, in place (lower_assign.cpp): the C++ operator spelt from
  // operator_kind.def, or the runtime's named form where C++ has none (a //= e, a **= e).
  ir::Value* array_in_place(ast::OperatorKind op, ir::Value* target, ir::Value* value, TypeRef result);
  ir::Value* array_attribute(ir::Value* array, const std::string& attr, TypeRef type);
  ir::Value* binary(ast::OperatorKind op, ir::Value* left, ir::Value* right, TypeRef result);
  ir::Value* compare(ast::CmpOpKind op, ir::Value* left, ir::Value* right);
  // lower_numpy_scalar.cpp: operators on numpy scalars, and numpy scalars as array operands.
  ir::Value* numpy_binary(ast::OperatorKind op, ir::Value* left, ir::Value* right, TypeRef result);
  ir::Value* numpy_compare(ast::CmpOpKind op, ir::Value* left, ir::Value* right, TypeRef result);
  ir::Value* numpy_unary(ast::UnaryOpKind op, ir::Value* operand, TypeRef result);
  ir::Value* strong(ir::Value* value);
  ir::Value* literal(TypeRef type, std::string text, std::int64_t value = 0);
  // Evaluates `value` once: the first use stores it in a new temporary, later ones read it.
  std::pair<ir::Value*, ir::Value*> once(ir::Value* value);
  // The T of a `T | None` known not None (lower_call.cpp).
  ir::Value* optional_value(ir::Value* value);
  std::string new_temp(TypeRef type);

  // lower_container.cpp: displays, comprehensions, lambdas, container subscripts and stores, for over iterables.
  ir::Value* display(ast::ExprNode* node);
  ir::Value* fstring(ast::JoinedStr* node);  // lower_fstring.cpp
  ir::Value* str_format(const std::string& text, const std::vector<ir::Value*>& args);
  ir::Value* format_piece(ir::Value* value, char conversion, const std::string& spec);
  ir::Value* join_pieces(std::vector<ir::Value*> parts);
  ir::Value* comprehension(ast::ExprNode* node);
  ir::Value* callable_argument(ast::ExprNode* node);
  ir::Value* container_subscript(ast::Subscript* node);
  ir::Value* container_store(ir::Value* container, ir::Value* key, ir::Value* value);
  void for_each(ast::For& loop, std::uint32_t line, std::vector<ir::Stmt*>& out);
  // A for loop's iterable, held in a temporary first when the body rebinds its name.
  ir::Value* loop_iterable(ast::For& loop, std::uint32_t line, std::vector<ir::Stmt*>& out);

  // lower_closure.cpp: a nested def, one Closure per specialisation made in this one.
  void closures(ast::FunctionDef& def, std::uint32_t line, std::vector<ir::Stmt*>& out);

  void block(const ast::StmtList& body, std::vector<ir::Stmt*>& out);  // lower_stmt.cpp
  void stmt(ast::StmtNode* node, std::vector<ir::Stmt*>& out);
  // A loop's body (every loop lowers its body through this: a break or continue inside it
  // then targets the loop itself, not through an enclosing finally block).
  void loop_body(const ast::StmtList& body, std::vector<ir::Stmt*>& out);
  void assign(ast::ExprNode* target, ir::Value* value, std::uint32_t line, std::vector<ir::Stmt*>& out);  // lower_assign.cpp
  void assign_from_expr(ast::ExprNode* target, ast::ExprNode* value, std::uint32_t line, std::vector<ir::Stmt*>& out);

  // lower_try.cpp: try statements, raise, and the exits (return, break, continue) that must
  // pass through an enclosing finally block.
  // lower_generator.cpp: `yield x` (x null: `yield`) and `yield from it`.
  void yield_value(ast::ExprNode* value, std::uint32_t line, std::vector<ir::Stmt*>& out);
  void yield_from(ast::YieldFrom& node, std::uint32_t line, std::vector<ir::Stmt*>& out);
  void try_stmt(ast::Try& node, std::uint32_t line, std::vector<ir::Stmt*>& out);
  void raise_stmt(ast::Raise& node, std::uint32_t line, std::vector<ir::Stmt*>& out);
  void return_value(ir::Value* value, std::uint32_t line, std::vector<ir::Stmt*>& out);
  void loop_jump(ir::StmtKind kind, std::uint32_t line, std::vector<ir::Stmt*>& out);
  ir::Stmt* leave_try(std::int64_t why, std::uint32_t line, std::vector<ir::Stmt*>& out);

  TypeRef type_of(const ast::Node* node) const { return spec_.type_of(node); }
  TypeContext& types() const { return *sema_.types_; }

  const ModuleSema& sema_;
  const Specialization& spec_;
  ir::Function& f_;
  ir::Module& module_;
  int temps_ = 0;
  TypeRef return_type_;  // what `return` converts to: the function's, or the closure's being lowered
  // The try-with-finally statements whose body is being lowered, innermost last.
  struct Finally {
    int label_ = 0;
    int loop_depth_ = 0;      // loops around the try statement (a break inside deeper loops stays inside)
    std::string why_;       // the int local saying which exit left the body (empty: none did)
    std::string result_;    // the local holding a return value while the finally block runs
    bool returns_ = false, breaks_ = false, continues_ = false;
  };
  std::vector<Finally> finally_;
  int loop_depth_ = 0;
  int finally_labels_ = 0;
};

// Makes C++ evaluate operands that may raise in Python's left-to-right order (lower_order.cpp).
void sequence_operands(ir::Function& function, int& temps);

// The run-time "assigned" flag of a local that may be read unassigned (sema's flagged_locals_).
std::string bound_flag(const std::string& python_name);
exception_kind unbound_local_error();

// The array runtime's ufunc of a binary operator or comparison (== != < <= > >=), and its
// functor (pycxx::ufunc::add) as numpy scalar operations name it (lower_numpy_scalar.cpp).
ir::RuntimeOp ufunc_of(ast::OperatorKind op);
ir::RuntimeOp ufunc_of(ast::CmpOpKind op);
std::string ufunc_functor(ir::RuntimeOp ufunc);

// Lowering met what sema must have rejected (an unsupported kind reaching lowering is a pycxx
// bug): an internal error naming it, never a null value or a silent fallback.
[[noreturn]] void lowering_bug(std::string_view what);

// A Python name as a C++ identifier: every one is mangled (`xor` -> py_xor, `NAN` -> py_NAN),
// so no name a user can write meets a C++ keyword, a macro of any included header, or a name
// of the generated code (lower_module.cpp). Names the compiler makes either do not start with
// py_ (tmp0_, loop0_, finally0_exit), or, derived from a Python name, end in exactly one
// underscore (py_x_bound_, py_x_s2_, py_f__0_), which a mangled Python name never does.
std::string cpp_identifier(const std::string& name);
// Sema's name of a comprehension variable or lambda parameter (x_s2), mangled and kept apart
// from the Python names (py_x_s2_).
std::string scoped_identifier(const std::string& sema_name);
// The C++ name of a function's specialisation: an exported function's first is its Python
// name mangled (py_f); the others are numbered apart from every Python name (py_f__0_).
std::string function_identifier(const Specialization& spec);

}  // namespace pycxx
