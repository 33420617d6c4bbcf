// Sema's result: what every name, call and expression of the module means, with a type for
// every expression, per specialisation of each function. The AST is left untouched: sema's
// findings live in side tables keyed by node, which compiler/lower reads to build the IR.
// Entry point: analyze_module (infer_function.cpp); the work is split by construct in
// collect_module.cpp, annotation.cpp, infer_function.cpp, infer_stmt.cpp, infer_expr.cpp,
// infer_operator.cpp, infer_call.cpp.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/diagnostics/emitter.hpp"
#include "compiler/parse/ast.hpp"
#include "compiler/sema/type.hpp"
#include "compiler/shimscan/shim_registry.hpp"
#include "runtime/pycxx/errors.hpp"

namespace pycxx {

enum class IntrinsicKind : std::uint8_t {
#define PYCXX_INTRINSIC(Name, PythonName) Name,
#include "compiler/sema/intrinsic.def"
};

// A top-level `def`.
struct FunctionInfo {
  ast::FunctionDef* def_ = nullptr;
  std::string name_;
  bool exported_ = false;                    // public, every parameter annotated
  std::vector<std::string> param_names_;
  std::vector<TypeRef> param_annotations_;   // null where a parameter has no annotation
  std::vector<ast::ExprNode*> param_defaults_;  // null where a parameter has no default
  TypeRef return_annotation_ = nullptr;      // null: inferred
  std::string docstring_;
  // A `def` inside another function (a closure): the function it is defined in, and its key
  // ("outer.inner", what a FunctionRef type names).
  FunctionInfo* enclosing_ = nullptr;
  std::string key_;
  // Its body yields (a generator function): a call gives an Iterator of the yielded type.
  bool generator_ = false;
  // A closure's `nonlocal` names: its assignments to them assign the enclosing function's locals.
  std::set<std::string> nonlocals_;
};

// A module-level `NAME = constant expression`.
struct ConstantInfo {
  std::string name_;
  ast::Assign* stmt_ = nullptr;
  ast::ExprNode* value_ = nullptr;
  TypeRef type_ = nullptr;
};

// What a called expression resolved to; the arguments are in the callee's parameter order
// with keywords placed and defaults filled in (a default is the def's own expression).
struct CallTarget {
  // NumpyScalar: a numpy scalar type called as a constructor (np.float32(x)); the call's type says which.
  enum class Kind : std::uint8_t { Function, Shim, Intrinsic, Exception, NumpyScalar };
  Kind kind_ = Kind::Function;
  int specialization_ = -1;                      // Function: index into ModuleSema::specializations_
  const shims::ShimFunction* shim_ = nullptr;    // Shim
  IntrinsicKind intrinsic_ = IntrinsicKind::Range;
  exception_kind exception_ = exception_kind::Exception;
  std::vector<ast::ExprNode*> args_;
  std::vector<TypeRef> param_types_;             // what each argument is converted to
  int variadic_from_ = -1;                       // Shim: args_[variadic_from_..] go to its `*args` parameter
  bool static_answer_ = false;                   // Intrinsic isinstance: decided from the argument's type
  ast::ExprNode* sep_ = nullptr;                 // Intrinsic print: sep= and end= when given
  ast::ExprNode* end_ = nullptr;
  // A shim lowered as RuleArguments (typing_rule.def's Lowering column): how each of its
  // parameters is passed in C++, as sema decided it (record_rule_call); lowering spells it
  // without reading the shim's parameter names again.
  enum class Passing : std::uint8_t {
    Value,     // the argument as written
    Default,   // omitted: the shim's C++ default
    Dtype,     // pycxx::shims::numpy::dtype_arg<T>{} of the call's dtype (call_dtypes_)
    Keepdims,  // std::true_type{} or std::false_type{}, as keepdims_ says
    Shape,     // pycxx::make_shape(argument): an int or a tuple of ints
  };
  std::vector<Passing> passing_;
  bool keepdims_ = false;
  // Where the result's shape comes from, for the bounds pass (opt/prove_bounds.cpp).
  enum class ResultShape : std::uint8_t { Unknown, ShapeArgument, LikeFirst };
  ResultShape result_shape_ = ResultShape::Unknown;
  int shape_argument_ = -1;  // ShapeArgument: the index of the argument passed as Shape
};

// What a Name or Attribute that is not a local reads.
struct GlobalRef {
  enum class Kind : std::uint8_t { Constant, ShimConstant };
  Kind kind_ = Kind::Constant;
  const ConstantInfo* constant_ = nullptr;
  const shims::ShimFunction* shim_ = nullptr;
};

struct LocalInfo {
  std::string name_;
  TypeRef type_ = nullptr;
  const ast::Node* first_assignment_ = nullptr;
  bool is_param_ = false;
};

// One compiled instance of a function: the function at concrete parameter types.
struct Specialization {
  FunctionInfo* function_ = nullptr;
  std::vector<TypeRef> param_types_;
  TypeRef return_type_ = nullptr;
  std::string cpp_name_;
  bool in_progress_ = false;
  // A closure's specialisation: the specialisation of the enclosing function it lives in (it
  // reads that one's locals, and is compiled inside it as a C++ lambda).
  Specialization* enclosing_ = nullptr;
  // Its final pass had an error (perhaps silenced: a trial of one alternative of a union
  // annotation); a failed specialisation is dropped unless its errors were reported.
  bool failed_ = false;
  bool end_reachable_ = true;                   // the body can fall off its end (returns None)
  std::vector<LocalInfo> locals_;               // parameters first, then in order of first assignment
  std::map<const ast::Node*, TypeRef> expr_types_;
  std::map<const ast::Call*, CallTarget> calls_;
  std::map<const ast::Call*, std::string> call_dtypes_;  // numpy calls typed by a rule: the dtype chosen
  std::map<const ast::Node*, GlobalRef> globals_;  // Name / Attribute nodes reading module-level values
  // Reads of a local that may run before any assignment to it (Python raises UnboundLocalError
  // there), and the locals that therefore carry an "assigned" flag at run time.
  std::set<const ast::Node*> maybe_unbound_reads_;
  std::set<std::string> flagged_locals_;
  // Reads of a `T | None` local where it is known not None: they read the T (infer_optional.cpp).
  std::set<const ast::Node*> unwrapped_reads_;
  // Names of the scopes inside expressions (lambda parameters, comprehension variables):
  // each Name or arg node bound there -> its C++ name (unique per nesting depth).
  std::map<const ast::Node*, std::string> scoped_names_;
  // Lambdas and function names passed as arguments -> their Callable type (parameters, result);
  // function names also -> the specialisation they call.
  std::map<const ast::Node*, TypeRef> callables_;
  std::map<const ast::Node*, int> function_values_;
  // `if` statements whose condition the types decide (`x is None`): the branch that runs.
  std::map<const ast::Node*, bool> static_conditions_;
  std::set<const ast::Node*> dead_statements_;  // after such an `if` that leaves its block
  // Locals whose type grew by join_scalars (`total = 0.0; total += a[i]` makes total a
  // numpy.float64): kept across inference passes, so the next pass starts them so.
  std::map<std::string, TypeRef> widened_locals_;

  // By an index of locals_ that follows its growth (a linear search made 50,000 locals
  // quadratic); locals_ is emptied only through reset_locals(), which empties the index too.
  const LocalInfo* find_local(const std::string& name) const;
  LocalInfo* find_local(const std::string& name) { return const_cast<LocalInfo*>(std::as_const(*this).find_local(name)); }
  void reset_locals() {
    locals_.clear();
    local_index_.clear();
    indexed_locals_ = 0;
  }
  mutable std::unordered_map<std::string, std::size_t> local_index_;  // the first local of each name
  mutable std::size_t indexed_locals_ = 0;
  TypeRef type_of(const ast::Node* node) const;
};

struct ModuleSema {
  ast::Module* module_ = nullptr;
  std::string docstring_;
  std::unique_ptr<TypeContext> types_ = std::make_unique<TypeContext>();
  std::vector<std::unique_ptr<FunctionInfo>> functions_;    // in source order
  std::vector<std::unique_ptr<FunctionInfo>> nested_functions_;  // closures, as their enclosing bodies are inferred
  std::vector<std::unique_ptr<ConstantInfo>> constants_;    // in source order
  std::vector<std::unique_ptr<Specialization>> specializations_;  // exported first, then as discovered
  std::vector<int> exported_;                               // specialisations of exported functions
  // `import math` / `import numpy as np`: alias -> module; `from math import sqrt as s`: s -> (math, sqrt).
  std::map<std::string, std::string> module_aliases_;
  std::map<std::string, std::pair<std::string, std::string>> imported_names_;
  // Module-level `Vec = np.ndarray[...]`: a type alias, usable in annotations.
  std::map<std::string, TypeRef> type_aliases_;
  // `f = lambda x: ...` inside a function: the def it stands for (infer_closure.cpp), made in
  // synthesized_ (the parsed tree stays what was written).
  std::map<const ast::Lambda*, ast::FunctionDef*> lambda_defs_;
  ast::AstContext synthesized_;
  // `key=len`: the lambda (of that many parameters) a builtin used as a value stands for
  // (infer_builtin_value.cpp); lowering compiles it in place of the name.
  std::map<std::pair<const ast::ExprNode*, std::size_t>, ast::Lambda*> builtin_lambdas_;
  // Expression types of the module-level constants' values (a scope without locals).
  std::unique_ptr<Specialization> module_scope_ = std::make_unique<Specialization>();
};

// Runs sema over a parsed module. Every problem is reported to `diagnostics` (all of them,
// never only the first); the result is complete only when no error was reported.
std::unique_ptr<ModuleSema> analyze_module(ast::Module& module, DiagnosticEmitter& diagnostics);

// Whether a function body yields (not counting nested functions and lambdas): a generator.
bool contains_yield(const ast::StmtList& body);

// The first statement's string, if the body opens with a docstring.
std::optional<std::string> docstring_of(const ast::StmtList& body);
// The constant text of an f-string field's format spec ("" without one); nullopt when the
// spec has nested fields (f"{x:{w}}"). infer_fstring.cpp; lower_fstring.cpp uses it too.
std::optional<std::string> fstring_spec_text(const ast::FormattedValue& field);

// A constant str.format() string, parsed (str_format.cpp): each field's literal text before
// it, the argument index, conversion ('r', 's' or 0) and spec; then the text after the last.
struct StrFormatField {
  std::string text_before_;
  std::size_t index_ = 0;
  char conversion_ = 0;
  std::string spec_;
};
struct StrFormatParse {
  std::vector<StrFormatField> fields_;
  std::string tail_;
  std::optional<std::string> error_;  // CPython's ValueError text, or what is not supported
};
StrFormatParse parse_str_format(std::string_view text);

}  // namespace pycxx
