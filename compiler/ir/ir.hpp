// The typed IR between lower and emit: functions of structured statements (if, while,
// for-range, break/continue, return, raise, assign) over typed value trees whose kinds are
// in inst_kind.def. Printer (printer.cpp) and verifier (verifier.cpp) follow mypyc's
// ir/pprint.py and analysis/ircheck.py. Built by compiler/lower, rewritten by compiler/opt,
// printed as C++ by compiler/emit.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/sema/type.hpp"
#include "compiler/source/source_loc.hpp"
#include "runtime/pycxx/errors.hpp"

namespace pycxx::ir {

enum class InstKind : std::uint8_t {
#define PYCXX_INST(Name, Description) Name,
#include "compiler/ir/inst_kind.def"
};
enum class StmtKind : std::uint8_t {
#define PYCXX_STMT(Name, Description) Name,
#include "compiler/ir/stmt_kind.def"
};
// The runtime operations a Runtime value calls (runtime_op.def).
enum class RuntimeOp : std::uint8_t {
#define PYCXX_RUNTIME_OP(Name, Entity, Header, Raises, Pure, Unchecked) Name,
#include "compiler/ir/runtime_op.def"
};
struct RuntimeOpInfo {
  std::string_view name_;       // the enumerator, for messages
  std::string_view entity_;     // the C++ function
  std::string_view header_;     // "" when the prelude includes it
  bool raises_;
  bool pure_;
  std::string_view unchecked_;  // the C++ operator once overflow is proven impossible, or ""
};
const RuntimeOpInfo& runtime_op_info(RuntimeOp op);

struct Local {
  std::string name_;
  TypeRef type_;
  bool is_param_ = false;
};

struct Stmt;

// Where a creation shim's array result takes its shape from (lower sets it from the shim's
// typing rule; opt/prove_bounds.cpp reads it): the value of the operand shape_operand_
// (np.zeros((n, m)): a make_shape of an int or a tuple), or that operand's own shape (np.zeros_like(a)).
enum class ShapeSource : std::uint8_t { Unknown, ShapeOperand, LikeOperand };

struct Value {
  InstKind kind_;
  TypeRef type_;
  std::vector<Value*> operands_;
  // Literal: its C++ spelling (a str's UTF-8 bytes); Local, SetTemp: the local; Global,
  // CallFunction, CallShim: the C++ entity; Operator: the C++ operator; CheckBound: its flag.
  std::string text_;
  std::string header_;      // CallShim, Global of a shim, a Literal naming a shim entity: the header to include
  std::string python_name_;  // CheckBound: the local's Python name, for the message
  std::int64_t int_ = 0;    // Literal of an int or bool: its value; TupleGet: the index
  RuntimeOp runtime_{};              // Runtime: the operation (runtime_op.def)
  std::string template_args_;        // Runtime: a template's arguments (numpy_binary<ufunc::add, double>)
  exception_kind exception_ = exception_kind::Exception;  // CheckBound: what it raises when unbound
  std::int64_t variadic_from_ = -1;  // CallShim: operands from here on form the *args braced list
  bool recursive_ = false;           // Closure: calls itself (declared before its lambda is made)
  std::vector<Stmt*> body_;          // Block: its statements
  std::vector<Local> block_locals_;  // Block: its own locals; Lambda: its parameters; Closure: both
  TypeRef result_type_ = nullptr;    // Closure: its return type
  std::uint32_t in_bounds_ = 0;      // Element, StoreElement: bit d set once index d is proven in [0, shape[d])
  ShapeSource shape_source_ = ShapeSource::Unknown;  // CallShim of a creation shim
  std::uint8_t shape_operand_ = 0;
};

struct Stmt {
  StmtKind kind_;
  std::uint32_t line_ = 0;      // the .py line, for #line
  std::string target_;          // Assign, ForRange, ForEach
  Value* value_ = nullptr;      // Assign/Eval/If/While/Return; ForEach: the iterable
  std::vector<Value*> range_;   // ForRange: start, stop, step
  std::vector<Stmt*> body_;
  std::vector<Stmt*> orelse_;
  bool checked_step_ = true;    // ForRange: whether the step can be zero (ValueError)
  exception_kind exception_ = exception_kind::Exception;
  std::string text_;            // Raise: the message
  Value* message_ = nullptr;    // Raise: a message computed at run time (exception-typed: its str)
  Value* cause_ = nullptr;      // Raise: `from cause_` (an exception value)
  bool from_none_ = false;      // Raise: `from None`
  bool message_is_repr_ = false;  // Raise: text_ is the repr of the one argument (KeyError("k"): "'k'")
  std::vector<Stmt*> handlers_;               // TryExcept: Handler statements
  std::vector<exception_kind> exceptions_;    // Handler: the classes caught (empty: all)
  int label_ = -1;              // TryFinally, LeaveTry: which finally block
};

struct Function {
  std::string name_;             // the C++ name
  std::string python_name_;
  std::uint32_t line_ = 0;
  std::vector<Local> locals_;    // parameters first
  TypeRef return_type_ = nullptr;
  std::vector<Stmt*> body_;
  bool returns_at_end_ = false;  // the body can fall off its end (the function returns None)
  bool may_recurse_ = false;     // on a cycle of the call graph (opt/mark_recursion.cpp): checks the stack
  bool generator_ = false;       // a generator function: a coroutine returning pycxx::generator<item>
  bool closure_ = false;         // a nested def's specialisation: compiled inside its enclosing function (a Closure value), not here

  Value* make(InstKind kind, TypeRef type, std::vector<Value*> operands = {}, std::string text = {});
  // A Runtime value calling `op` (with template arguments for a template entity).
  Value* call(RuntimeOp op, TypeRef type, std::vector<Value*> operands, std::string template_args = {});
  Stmt* make_stmt(StmtKind kind, std::uint32_t line);

 private:
  std::vector<std::unique_ptr<Value>> values_;
  std::vector<std::unique_ptr<Stmt>> stmts_;
};

struct Constant {
  std::string name_;  // the C++ name
  TypeRef type_;
  Value* value_ = nullptr;
  std::uint32_t line_ = 0;
  std::string python_name_;  // the module attribute's name
};

// What the boundary needs about an exported function (its wrapper, docstring, .pyi line).
// A function with several compiled forms (union or rank-less array parameters) has one Export
// per form, adjacent and of one name: its wrapper tries them in order.
struct Export {
  int function_ = -1;                      // index into Module::functions_
  std::string name_;
  std::vector<std::string> param_names_;
  std::vector<TypeRef> param_types_;
  std::vector<std::string> param_defaults_;  // Python spelling, empty when required
  std::vector<Value*> default_values_;       // the C++ default values (null when required, or when this
                                             // form of a union parameter cannot take the default)
  std::string docstring_;
  std::string return_annotation_;            // as written in the source, empty if none
  std::vector<std::string> param_annotations_;  // as written
};

struct Module {
  std::string name_;
  std::string source_name_;      // for #line
  std::string docstring_;
  std::vector<Constant> constants_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::vector<Export> exports_;
  Function constants_scope_;     // owns the values of the constants
};

// The walk every pass makes over a statement: each value it holds directly (value_, message_,
// cause_, the range bounds; never null), then each nested block (body_, orelse_, handlers_).
template <class S, class OnValue, class OnBlock>
void for_each_part(S& s, OnValue&& on_value, OnBlock&& on_block) {
  for (auto* v : {s.value_, s.message_, s.cause_})
    if (v) on_value(v);
  for (auto* v : s.range_) on_value(v);
  on_block(s.body_);
  on_block(s.orelse_);
  on_block(s.handlers_);
}

// The C++ a Runtime value calls: the entity, with its template arguments.
std::string runtime_entity(const Value& v);

// A readable dump, one statement per line (tests, `pycxx emit --ir` later).
std::string print_module(const Module& module);
// Checks the IR's invariants (types of operands, locals exist, break inside loops). Returns
// the problems found, empty when none; run after lowering and after every pass in debug builds.
std::vector<std::string> verify_module(const Module& module);

}  // namespace pycxx::ir
