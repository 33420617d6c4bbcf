// try/except/else/finally and raise: which classes an `except` names (builtin exceptions,
// exception_kind.def, alone or in a tuple), the exception value `as e` binds (type
// BaseException, deleted at the end of the clause as Python does), what may be raised, and
// reachability and definite assignment through handlers and finally. Neighbours:
// infer_stmt.cpp (the other statements), lower/lower_try.cpp (the IR they become).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

// A name that stands for a builtin exception class here (not shadowed by a module-level
// function or constant, an import or a local).
bool Inferrer::names_builtin_exception(const ast::ExprNode* expr) {
  auto* name = ast::dyn_cast<ast::Name>(expr);
  return name && builtin_exception(name->id) && !find_function(name->id) && !find_constant(name->id) &&
         !m_.imported_names_.count(name->id) && !spec_->find_local(name->id);
}

void Inferrer::check_except_class(ast::ExprNode* type) {
  if (names_builtin_exception(type)) return;
  auto* name = ast::dyn_cast<ast::Name>(type);
  if (name)
    error(DiagnosticKind::NotAnException, type,
          "'{}' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or "
          "Exception (docs/semantics.md lists them), or a tuple of them",
          name->id);
  else
    error(DiagnosticKind::NotAnException, type,
          "'except' takes a builtin exception class such as ValueError, or a tuple of them");
}

namespace {

// A `yield` in the statement outside nested functions and lambdas (their own bodies).
const ast::Node* find_yield(ast::Node* node) {
  if (node->kind == ast::NodeKind::Yield || node->kind == ast::NodeKind::YieldFrom) return node;
  if (node->kind == ast::NodeKind::FunctionDef || node->kind == ast::NodeKind::Lambda) return nullptr;
  const ast::Node* found = nullptr;
  ast::for_each_child(node, [&](ast::Node* child) {
    if (!found) found = find_yield(child);
  });
  return found;
}

}  // namespace

bool Inferrer::infer_try(ast::Try& node) {
  const FlowFacts::Names before = flow_.assigned_names();
  bool body = infer_block(node.body);
  // The paths that continue after the statement, each with what it certainly assigned.
  std::vector<std::set<std::string>> continuing;
  if (body && infer_block(node.orelse)) continuing.push_back(flow_.assigned_names());
  for (std::size_t i = 0; i < node.handlers.size(); ++i) {
    ast::ExceptHandler* handler = node.handlers[i];
    if (!handler->type && i + 1 != node.handlers.size())
      error(DiagnosticKind::SyntaxError, handler, "default 'except:' must be last");  // CPython's words
    if (auto* tuple = handler->type ? ast::dyn_cast<ast::Tuple>(handler->type) : nullptr) {
      for (ast::ExprNode* elt : tuple->elts) check_except_class(elt);
      if (tuple->elts.empty())
        error(DiagnosticKind::NotAnException, handler->type,
              "an empty tuple of exceptions catches nothing: name a class");
    } else if (handler->type) {
      check_except_class(handler->type);
    }
    // The body may have raised before any of its assignments.
    flow_.restore_assigned(before);
    if (handler->name) bind_exception(*handler->name, handler);
    // A generator is a C++ coroutine, and C++ allows no co_yield inside a catch block.
    for (ast::StmtNode* stmt : handler->body)
      if (const ast::Node* yield = find_yield(stmt)) {
        error(DiagnosticKind::UnsupportedStatement, yield,
              "'yield' inside an 'except' clause is not supported yet: keep what to yield in a variable and yield "
              "it after the try statement");
        break;
      }
    ++handler_depth_;
    bool reachable = infer_block(handler->body);
    --handler_depth_;
    if (handler->name) flow_.unbind(*handler->name);  // Python's implicit `del e`
    if (reachable) continuing.push_back(flow_.assigned_names());
  }
  std::set<std::string> after;
  if (!continuing.empty()) {
    after = continuing[0];
    for (std::size_t i = 1; i < continuing.size(); ++i)
      std::erase_if(after, [&](const std::string& name) { return !continuing[i].count(name); });
  }
  bool reachable = !continuing.empty();
  if (!node.finalbody.empty()) {
    flow_.restore_assigned(before);  // the finally block also runs after an exception anywhere above
    if (!infer_block(node.finalbody)) reachable = false;
    after.insert(flow_.assigned_names().begin(), flow_.assigned_names().end());
  }
  flow_.restore_assigned(reachable ? std::move(after) : before);
  return reachable;
}

void Inferrer::bind_exception(const std::string& name, const ast::ExceptHandler* handler) {
  TypeRef type = types().exception();
  flow_.bind(name);
  for (LocalInfo& local : spec_->locals_) {
    if (local.name_ != name) continue;
    if (local.type_ != type && !contains_unknown(local.type_))
      report(DiagnosticKind::IncompatibleAssignment, handler->range,
             fmt::format("'{}' is bound to a caught exception here but has type '{}' elsewhere: a variable keeps "
                         "one type",
                         name, type_name(local.type_)),
             local.first_assignment_->range,
             fmt::format("'{}' first gets type '{}' here", name, type_name(local.type_)));
    else
      local.type_ = type;
    return;
  }
  spec_->locals_.push_back({name, type, handler, false});
}

bool Inferrer::infer_raise(ast::Raise& node) {
  if (!node.exc) {
    if (handler_depth_ == 0)
      error(DiagnosticKind::UnsupportedStatement, &node,
            "a bare 'raise' re-raises the exception being handled: use it inside an 'except' clause, or raise an "
            "exception such as ValueError(\"message\")");
    return false;
  }
  raised_exception(node.exc);
  if (node.cause) {
    auto* constant = ast::dyn_cast<ast::Constant>(node.cause);
    if (!(constant && constant->value.kind == ast::ConstantValue::Kind::None)) {
      TypeRef cause = names_builtin_exception(node.cause) ? nullptr : infer_expr(node.cause);
      if (!cause || !(cause->is(TypeKind::Exception) || cause->is(TypeKind::Unknown)))
        error(DiagnosticKind::NotAnException, node.cause,
              "the cause of 'raise ... from' must be a caught exception ('except ... as e': 'from e') or None");
    }
  }
  return false;
}

void Inferrer::raised_exception(ast::ExprNode* exc) {
  auto* call = ast::dyn_cast<ast::Call>(exc);
  if (names_builtin_exception(call ? call->func : exc)) {
    if (!call) return;  // raise ValueError: no arguments
    const std::string& name = ast::cast<ast::Name>(*call->func).id;
    if (!call->keywords.empty()) {
      error(DiagnosticKind::UnsupportedStatement, exc,
            "an exception raised by compiled code takes positional arguments only, as '{}(\"message\", value)'", name);
      return;
    }
    if (call->args.empty()) return;
    if (call->args.size() == 1) {
      ast::ExprNode* message = call->args[0];
      auto* constant = ast::dyn_cast<ast::Constant>(message);
      if (constant && constant->value.kind == ast::ConstantValue::Kind::Str) return;
    }
    // One str (or caught exception: its str) is the message; otherwise each argument becomes
    // an item of e.args, rebuilt in Python from its repr: str, numbers, bool and None.
    for (ast::ExprNode* arg : call->args) {
      TypeRef type = infer_expr(arg);
      if (!type || type->is(TypeKind::Unknown) || type->is(TypeKind::Str) || type->is(TypeKind::None) ||
          type->is(TypeKind::Bool) || type->is(TypeKind::Int) || type->is(TypeKind::Float) ||
          type->is(TypeKind::Complex) || (type->is(TypeKind::Exception) && call->args.size() == 1))
        continue;
      error(DiagnosticKind::UnsupportedStatement, arg,
            "an argument of '{}(...)' must be a str, a number, a bool or None, not a '{}': convert it with str(...)",
            name, type_name(type));
    }
    return;
  }
  // Otherwise an exception value: a caught one, or what a function returns (`raise make()`).
  auto* name = ast::dyn_cast<ast::Name>(call ? call->func : exc);
  if (name && !spec_->find_local(name->id) && !(call && find_function(name->id))) {
    error(DiagnosticKind::NotAnException, exc,
          "'{}' is not a builtin exception class: raise a builtin exception such as ValueError(\"message\")", name->id);
    return;
  }
  TypeRef type = infer_expr(exc);
  if (type && !type->is(TypeKind::Exception) && !type->is(TypeKind::Unknown))
    error(DiagnosticKind::NotAnException, exc,
          "only builtin exceptions can be raised: a class such as ValueError(\"message\"), or a caught exception "
          "('except ... as e': 'raise e'){}",
          type ? fmt::format(", not a '{}'", type_name(type)) : "");
}

bool Inferrer::infer_try_stmt(ast::StmtNode* stmt) {
  // A handler or finally block may run after any part of the body: what the statement
  // assigns is not known to be narrowed in it, nor after it.
  auto& node = ast::cast<ast::Try>(*stmt);
  forget_narrowing(node.body);
  for (ast::ExceptHandler* handler : node.handlers) forget_narrowing(handler->body);
  forget_narrowing(node.orelse);
  forget_narrowing(node.finalbody);
  bool continues = infer_try(node);
  forget_narrowing(node.body);
  for (ast::ExceptHandler* handler : node.handlers) forget_narrowing(handler->body);
  forget_narrowing(node.orelse);
  forget_narrowing(node.finalbody);
  return continues;
}

}  // namespace pycxx
