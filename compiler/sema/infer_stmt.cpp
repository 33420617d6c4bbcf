// Statements inside a function: the dispatch over statement kinds, blocks, and the small
// statements (return, assert, expressions, break/continue/pass); the others have a file per
// construct (infer_assign.cpp, infer_aug_assign.cpp, infer_if.cpp, infer_loop.cpp, infer_try.cpp).
// Each returns whether control can continue after it (for the "falls off the end" check).
// Unsupported statements get a diagnostic naming them. Neighbours: infer_expr.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

std::optional<exception_kind> exception_named(std::string_view name) {
#define PYCXX_EXCEPTION(Name, Base) \
  if (name == #Name) return exception_kind::Name;
#include "runtime/pycxx/exception_kind.def"
  return std::nullopt;
}

bool is_str_constant(const ast::ExprNode* expr) {
  auto* constant = ast::dyn_cast<ast::Constant>(expr);
  return constant && constant->value.kind == ast::ConstantValue::Kind::Str;
}

}  // namespace

std::optional<exception_kind> builtin_exception(std::string_view name) { return exception_named(name); }

std::optional<bool> Inferrer::static_condition(const ast::ExprNode* test) const {
  if (auto* negation = ast::dyn_cast<ast::UnaryOp>(test); negation && negation->op == ast::UnaryOpKind::Not) {
    std::optional<bool> inner = static_condition(negation->operand);
    return inner ? std::optional<bool>(!*inner) : std::nullopt;
  }
  if (test->kind == ast::NodeKind::BoolOp) {  // short-circuited by a decided operand (infer_expr.cpp)
    auto known = spec_->static_conditions_.find(test);
    return known != spec_->static_conditions_.end() ? std::optional<bool>(known->second) : std::nullopt;
  }
  auto* compare = ast::dyn_cast<ast::Compare>(test);
  if (!compare || compare->ops.size() != 1) return std::nullopt;
  ast::CmpOpKind op = compare->ops[0];
  if (op != ast::CmpOpKind::Is && op != ast::CmpOpKind::IsNot) return std::nullopt;
  TypeRef left = spec_->type_of(compare->left);
  TypeRef right = spec_->type_of(compare->comparators[0]);
  if (!left || !right || contains_unknown(left) || contains_unknown(right)) return std::nullopt;
  if (left->is(TypeKind::Optional) || right->is(TypeKind::Optional)) return std::nullopt;  // known at run time
  bool both_none = left->is(TypeKind::None) && right->is(TypeKind::None);
  return op == ast::CmpOpKind::Is ? both_none : !both_none;
}

bool Inferrer::infer_block(const ast::StmtList& body) {
  bool reachable = true;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!infer_stmt(body[i])) reachable = false;  // later statements are still checked...
    // ...unless the types decided an `if` that leaves the block (`if x is None: return ...`):
    // what follows does not run for this specialisation and may not type-check for it.
    if (!reachable && spec_->static_conditions_.count(body[i])) {
      for (std::size_t j = i + 1; j < body.size(); ++j) spec_->dead_statements_.insert(body[j]);
      break;
    }
  }
  return reachable;
}

bool Inferrer::infer_stmt(ast::StmtNode* stmt) {
  using S = ast::StmtKind;
  switch (ast::stmt_kind(*stmt)) {
    case S::Assign:
      return infer_assign(stmt);
    case S::AnnAssign:
      return infer_ann_assign(stmt);
    case S::AugAssign:
      return infer_aug_assign(stmt);
    case S::If:
      return infer_if(stmt);
    case S::While:
      return infer_while(stmt);
    case S::For:
      return infer_for(stmt);
    case S::Break:
      flow_.note_break();
      return false;
    case S::Continue:
      return false;
    case S::Pass:
      return true;
    case S::Return:
      return infer_return(stmt);
    case S::Raise:
      return infer_raise(ast::cast<ast::Raise>(*stmt));
    case S::Assert:
      return infer_assert(stmt);
    case S::ExprStmt:
      return infer_expr_stmt(stmt);
    case S::FunctionDef:
      define_closure(ast::cast<ast::FunctionDef>(*stmt));
      return true;
    case S::AsyncFunctionDef:
      error(DiagnosticKind::UnsupportedStatement, stmt, "async functions are not supported");
      return true;
    case S::ClassDef:
      error(DiagnosticKind::UnsupportedClass, stmt, "class definitions are not supported");
      return true;
    case S::Try:
      return infer_try_stmt(stmt);
    case S::TryStar:
      error(DiagnosticKind::UnsupportedStatement, stmt,
            "'except*' (exception groups) is not supported: use 'except' with a class or a tuple of classes");
      return true;
    case S::With:
    case S::AsyncWith:
      error(DiagnosticKind::UnsupportedStatement, stmt, "with statements are not supported");
      return true;
    case S::AsyncFor:
      error(DiagnosticKind::UnsupportedStatement, stmt, "async for loops are not supported");
      return true;
    case S::Match:
      error(DiagnosticKind::UnsupportedStatement, stmt, "match statements are not supported yet: use if/elif");
      return true;
    case S::Global:
    case S::Nonlocal:
      check_declaration(stmt);
      return true;
    case S::Delete:
      error(DiagnosticKind::UnsupportedStatement, stmt, "del statements are not supported");
      return true;
    case S::Import:
    case S::ImportFrom:
      error(DiagnosticKind::UnsupportedImport, stmt, "imports inside functions are not supported: import at module level");
      return true;
  }
  return true;
}

bool Inferrer::infer_return(ast::StmtNode* stmt) {
  auto& ret = ast::cast<ast::Return>(*stmt);
  if (spec_->function_->generator_) {  // ends the generator; Python's `return value` there sets StopIteration.value
    if (ret.value)
      error(DiagnosticKind::UnsupportedStatement, ret.value,
            "a generator's 'return' cannot carry a value in compiled code: write a bare 'return'");
    return false;
  }
  expected_ = spec_->function_->return_annotation_;
  TypeRef type = ret.value ? infer_maybe_none(ret.value) : types().none();
  expected_ = nullptr;
  if (!type) return false;
  if (type->is(TypeKind::Iterator) && !returns_generator(ret.value)) return false;
  returns_.push_back(type);
  return_nodes_.push_back(stmt);
  TypeRef expected = spec_->function_->return_annotation_;
  if (expected && !expected->is(TypeKind::Unknown) && !contains_unknown(type) && !implicitly_converts(type, expected))
    error(DiagnosticKind::ReturnTypeMismatch, ret.value ? static_cast<ast::Node*>(ret.value) : stmt,
          "function '{}' returns a '{}' but its annotation says '{}'", spec_->function_->name_, type_name(type),
          type_name(expected));
  return false;
}

bool Inferrer::infer_assert(ast::StmtNode* stmt) {
  auto& assertion = ast::cast<ast::Assert>(*stmt);
  TypeRef test = infer_maybe_none(assertion.test);
  if (test) truth_testable(assertion.test, test);
  flow_.narrow(narrowing(assertion.test, true));  // past the assert, it held
  if (assertion.msg && !is_str_constant(assertion.msg))
    error(DiagnosticKind::UnsupportedStatement, assertion.msg, "the message of an assert must be a string literal");
  return true;
}

bool Inferrer::infer_expr_stmt(ast::StmtNode* stmt) {
  auto& expr = ast::cast<ast::ExprStmt>(*stmt);
  if (is_str_constant(expr.value)) return true;  // a docstring or a comment-like string
  if (auto* yield = ast::dyn_cast<ast::Yield>(expr.value)) {  // `yield x` in a generator function
    TypeRef type = yield->value ? infer_expr(yield->value) : types().none();
    if (type) {
      yields_.push_back(type);
      yield_nodes_.push_back(yield->value ? static_cast<ast::Node*>(yield->value) : yield);
      record(yield, types().none());
    }
    return true;
  }
  if (auto* from = ast::dyn_cast<ast::YieldFrom>(expr.value)) {  // `yield from it`: each item of it
    infer_yield_from(*from);
    return true;
  }
  infer_expr(expr.value);
  return true;
}

}  // namespace pycxx
