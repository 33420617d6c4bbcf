// Closures: a `def` inside a function. Its name becomes a local of FunctionRef type; each call
// specialises it at the call's types (infer_function.cpp), inside the specialisation of the
// enclosing function, whose locals its body reads (Python's closure cells: the value at the
// time of the call). It is compiled as a C++ lambda capturing by reference at the `def`
// (lower_closure.cpp). Neighbours: infer_stmt.cpp, infer_call.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

std::set<std::string> declared_names(const ast::StmtList& body, ast::NodeKind kind) {
  std::set<std::string> out;
  std::vector<ast::Node*> stack(body.begin(), body.end());
  while (!stack.empty()) {
    ast::Node* node = stack.back();
    stack.pop_back();
    if (node->kind == kind) {
      const auto& names = kind == ast::NodeKind::Nonlocal ? ast::cast<ast::Nonlocal>(*node).names
                                                          : ast::cast<ast::Global>(*node).names;
      out.insert(names.begin(), names.end());
    }
    if (node->kind == ast::NodeKind::FunctionDef || node->kind == ast::NodeKind::Lambda) continue;  // their own
    ast::for_each_child(node, [&](ast::Node* child) { stack.push_back(child); });
  }
  return out;
}

LocalInfo* Inferrer::nonlocal_target(const std::string& name) {
  if (!spec_->function_->nonlocals_.count(name)) return nullptr;
  for (Specialization* outer = spec_->enclosing_; outer; outer = outer->enclosing_)
    for (LocalInfo& local : outer->locals_)
      if (local.name_ == name) return &local;
  return nullptr;
}

void Inferrer::check_declaration(ast::StmtNode* stmt) {
  // `nonlocal x` needs an x of an enclosing function (else CPython's SyntaxError); `global x`
  // may only read a module constant (module-level names are constants in compiled code).
  if (auto* nonlocal = ast::dyn_cast<ast::Nonlocal>(stmt)) {
    for (const std::string& name : nonlocal->names) {
      bool found = spec_->function_->enclosing_ && find_enclosing_local(name);
      if (!found)
        error(DiagnosticKind::UndefinedName, stmt, "no binding for nonlocal '{}' found in an enclosing function", name);
    }
    return;
  }
  auto& global = ast::cast<ast::Global>(*stmt);
  std::set<std::string> assigned = names_assigned_in(spec_->function_->def_->body);
  for (const std::string& name : global.names) {
    if (!find_constant(name))
      error(DiagnosticKind::UnsupportedStatement, stmt,
            "'global {}': only module-level constants can be named global in compiled code, and only read", name);
    else if (assigned.count(name))
      error(DiagnosticKind::UnsupportedStatement, stmt,
            "'global {}' with an assignment: module-level names are constants in compiled code; return the new "
            "value instead",
            name);
  }
}

const LocalInfo* Inferrer::find_enclosing_local(const std::string& name) const {
  for (const Specialization* outer = spec_ ? spec_->enclosing_ : nullptr; outer; outer = outer->enclosing_)
    if (const LocalInfo* local = outer->find_local(name)) return local;
  return nullptr;
}

void Inferrer::define_lambda(const std::string& name, ast::Lambda& lambda, const ast::StmtNode* assign) {
  const ast::StmtList& body = spec_->function_->def_->body;
  if (std::find(body.begin(), body.end(), assign) == body.end()) {
    error(DiagnosticKind::UnsupportedStatement, assign,
          "a lambda stored in a variable must be assigned at the top level of the function's body, not inside a block");
    return;
  }
  // `f = lambda x: x * 2` is `def f(x): return x * 2` (a closure specialised per call); the
  // def is made once, kept by the module's sema, and found again by lowering (lambda_defs_).
  ast::FunctionDef*& def = m_.lambda_defs_[&lambda];
  if (!def) {
    def = m_.synthesized_.make<ast::FunctionDef>(lambda.range);
    def->name = name;
    def->args = lambda.args;
    auto* ret = m_.synthesized_.make<ast::Return>(lambda.body->range);
    ret->value = lambda.body;
    def->body.push_back(ret);
  }
  define_closure(*def, assign);
}

void Inferrer::define_closure(ast::FunctionDef& def, const ast::StmtNode* where) {
  const ast::StmtList& body = spec_->function_->def_->body;
  if (!where) where = &def;
  if (std::find(body.begin(), body.end(), where) == body.end()) {
    error(DiagnosticKind::UnsupportedStatement, &def,
          "a nested function must be defined at the top level of the enclosing function's body, not inside a block");
    return;
  }
  const ast::Arguments& args = *def.args;
  if (!def.decorator_list.empty() || !args.posonlyargs.empty() || args.vararg || args.kwarg ||
      !args.kwonlyargs.empty() || !args.defaults.empty()) {
    error(DiagnosticKind::UnsupportedStatement, &def,
          "{} '{}' may only have plain parameters without defaults, and no decorators",
          where == &def ? "nested function" : "the lambda stored in", def.name);
    return;
  }
  FunctionInfo* info = nullptr;
  for (const auto& nested : m_.nested_functions_)
    if (nested->def_ == &def) info = nested.get();
  if (!info) {
    auto made = std::make_unique<FunctionInfo>();
    made->def_ = &def;
    made->name_ = def.name;
    made->enclosing_ = spec_->function_;
    made->generator_ = contains_yield(def.body);
    made->nonlocals_ = declared_names(def.body, ast::NodeKind::Nonlocal);
    made->key_ = spec_->function_->key_.empty() ? spec_->function_->name_ + "." + def.name
                                                : spec_->function_->key_ + "." + def.name;
    for (ast::Arg* arg : args.args) {
      made->param_names_.push_back(arg->arg);
      TypeRef type = arg->annotation ? read_annotation(arg->annotation) : nullptr;
      made->param_annotations_.push_back(arg->annotation && !type ? types().unknown() : type);
      made->param_defaults_.push_back(nullptr);
    }
    if (def.returns) {
      made->return_annotation_ = value_type_of(types(), read_annotation(def.returns));
      if (!made->return_annotation_) made->return_annotation_ = types().unknown();
    }
    info = made.get();
    m_.nested_functions_.push_back(std::move(made));
  }
  // The name is a local holding the function (its type says which one).
  bind_name(def.name, types().function_ref(info->key_), where);
}

}  // namespace pycxx
