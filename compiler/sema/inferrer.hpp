// The inference engine shared by sema's files: one Inferrer walks the module, each function
// specialisation, each statement and expression, recording types in the Specialization's
// side tables. Internal to compiler/sema (not included elsewhere).
#pragma once

#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "compiler/parse/ast_walk.hpp"
#include "compiler/sema/flow_facts.hpp"
#include "compiler/sema/sema.hpp"

namespace pycxx {

class Inferrer {
 public:
  Inferrer(ModuleSema& module, DiagnosticEmitter& diagnostics) : m_(module), diagnostics_(diagnostics) {}

  // collect_module.cpp: module-level statements into functions, constants and imports.
  void collect(ast::Module& module);
  // annotation.cpp: an annotation expression as a type; null (after a diagnostic) if unsupported.
  TypeRef read_annotation(ast::ExprNode* annotation);
  TypeRef read_array_annotation(ast::Subscript* subscript);
  // `np.X` (np an alias of numpy) -> "X"; empty otherwise.
  std::string_view numpy_attribute(const ast::ExprNode* expr) const;
  // infer_function.cpp: the specialisation of `function` at `params` (made and inferred if new).
  int specialize(FunctionInfo& function, const std::vector<TypeRef>& params);
  // An exported function's specialisations: one per combination of its parameters'
  // alternatives that type-checks; and the removal of the failed trials once all are done.
  void specialize_exported(FunctionInfo& function);
  void drop_failed_trials();
  void check_unresolved();

  // infer_stmt.cpp: returns whether control can continue after the statement(s).
  bool infer_block(const ast::StmtList& body);
  bool infer_stmt(ast::StmtNode* stmt);
  // One per statement construct (the statement is of that kind): infer_assign.cpp (= and
  // annotated =), infer_aug_assign.cpp (+= ...), infer_if.cpp, infer_loop.cpp (while, for),
  // infer_stmt.cpp (return, assert, expression statements), infer_try.cpp (try).
  bool infer_assign(ast::StmtNode* stmt);
  bool infer_ann_assign(ast::StmtNode* stmt);
  bool infer_aug_assign(ast::StmtNode* stmt);
  bool infer_if(ast::StmtNode* stmt);
  bool infer_while(ast::StmtNode* stmt);
  bool infer_for(ast::StmtNode* stmt);
  bool infer_return(ast::StmtNode* stmt);
  bool infer_assert(ast::StmtNode* stmt);
  bool infer_expr_stmt(ast::StmtNode* stmt);
  bool infer_try_stmt(ast::StmtNode* stmt);
  // infer_closure.cpp: a `def` inside a function binds its name to the closure (typed per call).
  // `where` is the statement that defines it (the def, or the assignment of a lambda).
  void define_closure(ast::FunctionDef& def, const ast::StmtNode* where = nullptr);
  // `f = lambda x: ...` in a function: a closure named f (a def made from the lambda).
  void define_lambda(const std::string& name, ast::Lambda& lambda, const ast::StmtNode* assign);
  // The enclosing function's local a `nonlocal` name of this closure assigns (null when none);
  // and the checks of a nonlocal or global statement.
  LocalInfo* nonlocal_target(const std::string& name);
  void check_declaration(ast::StmtNode* stmt);
  // A local of an enclosing function that a closure reads (null when none).
  const LocalInfo* find_enclosing_local(const std::string& name) const;
  // `x is None` / `x is not None` / `not ...` decided by x's type; nullopt otherwise.
  std::optional<bool> static_condition(const ast::ExprNode* test) const;
  // infer_generator.cpp: `yield from it` (a statement of a generator function).
  void infer_yield_from(ast::YieldFrom& node);
  // A returned iterator must be a generator (a call of a generator function, or of a function
  // returning one): zip(...), enumerate(...) and d.items() are views of locals. Reports otherwise.
  bool returns_generator(ast::ExprNode* value);
  // infer_try.cpp: try statements and raise (also returning whether control continues).
  bool infer_try(ast::Try& node);
  bool infer_raise(ast::Raise& node);
  void raised_exception(ast::ExprNode* exc);
  void check_except_class(ast::ExprNode* type);
  bool names_builtin_exception(const ast::ExprNode* expr);
  void bind_exception(const std::string& name, const ast::ExceptHandler* handler);
  // infer_expr.cpp / infer_call.cpp. infer_expr is for a use that needs a value: a `T | None`
  // there is a PossiblyNone error (infer_optional.cpp); infer_maybe_none allows one (assignments,
  // returns, `is None` tests, truth tests).
  TypeRef infer_expr(ast::ExprNode* expr);
  TypeRef infer_maybe_none(ast::ExprNode* expr);
  // infer_optional.cpp: the `T | None` locals known not None when `test` evaluates to `truth`;
  // and dropping what a loop body or try statement may re-assign.
  std::set<std::string> narrowing(const ast::ExprNode* test, bool truth) const;
  void forget_narrowing(const ast::StmtList& body);
  TypeRef infer_call(ast::Call* call);
  // infer_method_call.cpp: a method of a value (the receiver is not a module);
  // infer_function_call.cpp: a function of this module; infer_intrinsic_call.cpp: intrinsic.def's.
  TypeRef infer_method_call(ast::Call* call, const std::string& callee, ast::Attribute* attribute);
  TypeRef infer_function_call(ast::Call* call, const std::string& callee, FunctionInfo* function,
                              const std::vector<TypeRef>& arg_types, const std::vector<TypeRef>& keyword_types);
  TypeRef infer_intrinsic_call(ast::Call* call, const std::string& callee, IntrinsicKind intrinsic,
                               const std::vector<TypeRef>& arg_types, TypeRef expected);
  // infer_subscript.cpp: a[i, j] on arrays, t[k] on tuples; array attributes (.shape, .ndim, .size).
  TypeRef infer_subscript(ast::Subscript* subscript);
  TypeRef array_attribute(TypeRef array, std::string_view attr);
  // infer_array_call.cpp: numpy shims typed by their rule (Creation, ...), and dtype= arguments.
  // `receiver` (a.sum(axis=1)) takes the shim's first parameter, `a`.
  TypeRef infer_creation(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                         ast::ExprNode* receiver = nullptr);
  // The shim an array method stands for: a "numpy.ndarray" shim of that name, else numpy's
  // function of the same name whose first parameter is the array (a.sum(...) is np.sum(a, ...)).
  const shims::ShimFunction* array_method(std::string_view name) const;
  // Records a call of a shim lowered as RuleArguments (typing_rule.def): its target with how
  // each parameter is passed (CallTarget::passing_), its dtype and result type.
  TypeRef record_rule_call(ast::Call* call, CallTarget& target, std::string dtype, TypeRef result);
  std::string_view dtype_argument(ast::ExprNode* expr);
  // infer_dtype.cpp: a.dtype as a value (TypeKind::Dtype), decided at compile time.
  TypeRef dtype_attribute(TypeRef dtype, std::string_view attr);
  std::string_view dtype_value_of(ast::ExprNode* expr);       // a.dtype or a dtype local: its dtype; else empty
  std::string_view dtype_spelled(ast::ExprNode* expr) const;  // np.float64, "float64", float: the dtype; else empty
  std::optional<bool> dtype_comparison(ast::Compare& compare);  // a.dtype == np.float64: the answer
  void check_exported_returns();
  // infer_array_method.cpp: shims with the typing rule ArrayMethod (a.ravel(), a.fill(v), a.reshape(2, 3)).
  TypeRef infer_array_method(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                             ast::ExprNode* receiver = nullptr);
  TypeRef infer_reduction(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                          ast::ExprNode* receiver = nullptr);
  // The arguments of a rule-typed shim call in its parameter order (keywords placed); null
  // after a diagnostic for an unknown, repeated or missing argument.
  std::optional<CallTarget> bind_rule_call(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim,
                                           ast::ExprNode* receiver);
  // Types a bound rule call's arguments: dtype= into *dtype (None: numpy's default, left
  // empty), keepdims= left to the caller (a constant), every other one into param_types_.
  enum class RuleArgs { Typed, Failed, Unknown };  // Unknown: inside a fixpoint
  RuleArgs infer_rule_arguments(CallTarget& target, const shims::ShimFunction& shim, std::string_view* dtype);
  // A keyword numpy has but the shim does not (out=, where=, ...): UnsupportedCall naming it
  // when the shim's PYCXX_UNSUPPORTED lists it, else BadCallArguments as Python would say.
  void unknown_array_keyword(ast::Keyword* keyword, const std::string& callee, const shims::ShimFunction& shim);
  // The indices of an array subscript (a[i, j] -> i, j), typed; null after a diagnostic.
  // With view_rank, slices and newaxis are allowed and *view_rank is the view's rank (0: an element).
  std::optional<std::vector<ast::ExprNode*>> array_indices(ast::Subscript* subscript, TypeRef array,
                                                           int* view_rank = nullptr);
  bool is_newaxis(const ast::ExprNode* index) const;
  // infer_array_join.cpp: np.concatenate, np.stack, ... (typing rules Join, Stack, Join2d).
  TypeRef infer_join(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim);
  // infer_array_data.cpp: np.array / np.asarray of data (typing rule FromData).
  TypeRef infer_from_data(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim);
  // infer_array_operator.cpp: `a OP b` where an operand is an array.
  TypeRef infer_ufunc(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim);
  TypeRef infer_array_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right);
  TypeRef infer_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right, ast::ExprNode* right_expr);
  // An int expression seen to be >= 0: a literal, len(), abs(), a range index, sums and products of these.
  bool known_non_negative(const ast::ExprNode* expr) const;
  // infer_operator.cpp: `a OP b` where an operand is a numpy scalar (numpy's rules).
  TypeRef infer_numpy_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right);
  // infer_numpy_scalar.cpp: np.float32(x), np.int64(x): numpy's scalar types called as constructors.
  TypeRef infer_numpy_constructor(ast::Call* call, std::string_view dtype);
  // A local that takes a second type joining its first (join_scalars) changes type for the
  // whole function: the next pass starts it with the joined type.
  void widen_local(LocalInfo& local, TypeRef joined);
  bool truth_testable(ast::ExprNode* expr, TypeRef type);
  // infer_container.cpp: str/list/dict/set displays, comprehensions, lambdas and the names of
  // their scopes, container subscripts and stores, `in`.
  TypeRef infer_display(ast::ExprNode* expr);
  TypeRef infer_comprehension(ast::ExprNode* expr);
  // False (with "unhashable type") when a set item or dict key of this type cannot be hashed.
  bool hashable_items(ast::ExprNode* item, TypeRef type);
  // The result type of a lambda (or a function named as an argument) called with `params`;
  // null after a diagnostic.
  TypeRef infer_callable_argument(ast::ExprNode* arg, const std::vector<TypeRef>& params);
  // infer_builtin_value.cpp: whether `expr` names a builtin or library function (len, abs,
  // str.lower), and the lambda of `arity` parameters calling it (null when it names none).
  bool names_builtin_value(const ast::ExprNode* expr) const;
  ast::Lambda* builtin_value(ast::ExprNode* expr, std::size_t arity);
  TypeRef infer_container_subscript(ast::Subscript* subscript, TypeRef container);
  void bind_container_store(ast::Subscript* target, TypeRef container, TypeRef value);
  TypeRef infer_membership(ast::ExprNode* where, TypeRef item, TypeRef container);
  void bind_scoped(ast::ExprNode* target, TypeRef type);
  // A lambda parameter or comprehension variable visible here: its type and C++ name.
  const std::pair<TypeRef, std::string>* find_scoped(const std::string& name) const;
  // infer_shim_call.cpp: the overload of a library function (or a method: `receiver` is its
  // first argument) that takes the arguments, binding type variables of generic shims.
  // infer_print.cpp: print(*values, sep=, end=) and isinstance(x, int | (int, str)).
  TypeRef infer_print(ast::Call* call);
  // infer_fstring.cpp: f"{x:.3f}" is a str.
  TypeRef infer_fstring(ast::JoinedStr* fstring);
  bool check_format_field(ast::ExprNode* value, TypeRef type, char conversion, const std::string& spec,
                          const ast::Node* spec_node);
  // str_format.cpp: "{} {:.2f}".format(a, b) of a constant string.
  TypeRef infer_str_format(ast::Call* call, const std::string& text);
  TypeRef infer_isinstance(ast::Call* call);
  TypeRef infer_shim_call(ast::Call* call, const std::string& callee,
                          const std::vector<const shims::ShimFunction*>& candidates, ast::ExprNode* receiver);
  void bind_target(ast::ExprNode* target, TypeRef type, const ast::Node* stmt);
  void bind_name(const std::string& id, TypeRef type, const ast::Node* where);  // a local (re)bound
  void bind_unpacked(ast::ExprNode* target, TypeRef type, const ast::Node* stmt);  // tuples, items
  void check_element_store(ast::ExprNode* target, TypeRef value, TypeRef array);
  void infer_constants();

  // Reports unless inside a silent fixpoint pass; a diagnostic given twice (two specialisations
  // of one function) is reported once.
  bool reporting() const { return report_; }
  template <class... Args>
  void error(DiagnosticKind kind, const ast::Node* where, fmt::format_string<Args...> format, Args&&... args) {
    report(kind, where->range, fmt::format(format, std::forward<Args>(args)...));
  }
  bool report(DiagnosticKind kind, SourceRange range, std::string message, SourceRange note_range = {},
              std::string note = {});

  TypeRef record(const ast::Node* node, TypeRef type) {
    spec_->expr_types_[node] = type;
    return type;
  }
  TypeContext& types() { return *m_.types_; }
  FunctionInfo* find_function(const std::string& name) const;
  const ConstantInfo* find_constant(const std::string& name) const;
  // The shims a module-level name stands for: an imported name, or a builtin.
  std::vector<const shims::ShimFunction*> shims_for_name(const std::string& name) const;

  ModuleSema& m_;
  DiagnosticEmitter& diagnostics_;
  Specialization* spec_ = nullptr;  // the function (or module scope) being inferred
  // The indices in m_.specializations_ of each function's specialisations, in order (a scan of
  // them all per call made 16,000 functions quadratic); valid until the list is compacted.
  std::unordered_map<const FunctionInfo*, std::vector<std::size_t>> specializations_of_;
  // find_function's indexes of m_.functions_ by name and m_.nested_functions_ by key, extended
  // as the lists grow (only ever appended to); a scan per lookup was quadratic.
  mutable std::unordered_map<std::string, FunctionInfo*> functions_by_name_, nested_by_key_;
  mutable std::size_t indexed_functions_ = 0, indexed_nested_ = 0;
  bool report_ = true;
  int handler_depth_ = 0;           // except clauses around the statement (a bare raise needs one)
  std::vector<TypeRef> returns_;    // the types returned in this pass
  std::vector<TypeRef> yields_;     // a generator function: the types yielded in this pass
  std::vector<const ast::Node*> yield_nodes_;
  std::vector<const ast::Node*> return_nodes_;
  // What the statements before this point tell of the locals: assigned, narrowed (`T | None`
  // known not None), non-negative range indexes, breaks of the enclosing loops.
  FlowFacts flow_;
  bool used_unknown_ = false;  // this pass read a not-yet-inferred return type
  int error_count_ = 0;  // every error found, reported or silenced (specialisation trials count them)
  // Scopes inside expressions, innermost last: name -> (type, C++ name).
  std::vector<std::map<std::string, std::pair<TypeRef, std::string>>> scopes_;
  // Lambdas and function names are values only as call arguments: set while inferring them.
  bool callable_argument_ = false;
  // The type the context expects of the expression being inferred (an annotated target or
  // return): it gives an empty display ([] or {}) its item types.
  TypeRef expected_ = nullptr;
  bool widened_ = false;            // this pass widened a local (another pass is needed)
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> reported_;
};

// The names `nonlocal` (kind Nonlocal) or `global` (kind Global) statements of a body declare.
std::set<std::string> declared_names(const ast::StmtList& body, ast::NodeKind kind);
// The names a block assigns (at any depth, not in lambdas): narrowing forgets them in loops.
std::set<std::string> names_assigned_in(const ast::StmtList& body);

// What to write when a variable mixes a Python scalar and a numpy scalar that do not join
// (float and numpy.float32): empty when they join.
std::string numpy_hint(TypeRef a, TypeRef b);

// The intrinsic (intrinsic.def) a Python name stands for ("len", "complex.conjugate").
std::optional<IntrinsicKind> intrinsic_of(std::string_view name);

// The exception class a builtin name stands for (exception_kind.def), if any.
std::optional<exception_kind> builtin_exception(std::string_view name);


}  // namespace pycxx
