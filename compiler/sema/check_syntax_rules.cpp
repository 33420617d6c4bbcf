// CPython's compile-time SyntaxErrors (see check_syntax_rules.hpp), in CPython's order: its
// symbol table's (duplicate parameters, global/nonlocal declarations, `yield` in a
// comprehension) over the whole module first, then its compiler's, in source order. The
// messages and ranges are CPython 3.11's, so `pycxx check` and `python -c 'compile(...)'` agree.
#include "compiler/sema/check_syntax_rules.hpp"

#include <fmt/format.h>

#include <memory>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include "compiler/parse/ast_walk.hpp"

namespace pycxx {
namespace {

using namespace ast;

// The first error found: both passes stop at it, as CPython does.
struct Found {
  SourceRange range;
  std::string message;
};

// --- the symbol table's checks (CPython's Python/symtable.c)

enum SymbolFlag : unsigned { kParam = 1, kLocal = 2, kUse = 4, kAnnot = 8, kGlobal = 16, kNonlocal = 32 };

struct Scope {
  enum class Kind { Module, Function, Class, Comprehension } kind;
  Scope* parent = nullptr;
  std::string comprehension;  // "list comprehension", ... for "'yield' inside ..."
  std::vector<std::string> order;  // names in first-seen order (CPython's symbol dict order)
  std::unordered_map<std::string, unsigned> flags;
  std::vector<std::pair<std::string, SourceRange>> nonlocals;
  std::vector<Scope*> children;
};

class SymbolPass {
 public:
  void run(Module& module) {
    Scope* top = push(Scope::Kind::Module, nullptr);
    for (StmtNode* s : module.body) visit(s);
    pop();
    analyze(*top, nullptr);
  }

 private:
  Scope* push(Scope::Kind kind, Node* owner) {
    scopes_.push_back(std::make_unique<Scope>());
    Scope* scope = scopes_.back().get();
    scope->kind = kind;
    scope->parent = current_;
    if (owner) scope->comprehension = owner->kind == NodeKind::ListComp  ? "list comprehension"
                                      : owner->kind == NodeKind::SetComp ? "set comprehension"
                                      : owner->kind == NodeKind::DictComp ? "dict comprehension"
                                                                          : "generator expression";
    if (current_) current_->children.push_back(scope);
    current_ = scope;
    return scope;
  }
  void pop() { current_ = current_->parent; }

  unsigned& flag(const std::string& name) {
    auto [it, fresh] = current_->flags.try_emplace(name, 0);
    if (fresh) current_->order.push_back(name);
    return it->second;
  }

  void parameter(Arg* arg) {
    if (!arg) return;
    unsigned& f = flag(arg->arg);
    if (f & kParam) throw Found{arg->range, fmt::format("duplicate argument '{}' in function definition", arg->arg)};
    f |= kParam;
  }

  // Defaults and annotations belong to the enclosing scope; the parameters to the new one.
  void outer_parts(Arguments* args, bool annotations) {
    for (ExprNode* d : args->defaults) visit(d);
    for (ExprNode* d : args->kw_defaults)
      if (d) visit(d);
    if (!annotations) return;
    for (const ArgList* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
      for (Arg* a : *list)
        if (a->annotation) visit(a->annotation);
    for (Arg* a : {args->vararg, args->kwarg})
      if (a && a->annotation) visit(a->annotation);
  }
  void parameters(Arguments* args) {
    for (const ArgList* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
      for (Arg* a : *list) parameter(a);
    parameter(args->vararg);
    parameter(args->kwarg);
  }

  template <class Def>
  void function(Def& def) {
    for (ExprNode* d : def.decorator_list) visit(d);
    outer_parts(def.args, true);
    if (def.returns) visit(def.returns);
    flag(def.name) |= kLocal;
    push(Scope::Kind::Function, nullptr);
    parameters(def.args);
    for (StmtNode* s : def.body) visit(s);
    pop();
  }

  void declaration(StmtNode* stmt, const IdentifierList& names, bool global) {
    std::string_view what = global ? "global" : "nonlocal";
    for (const std::string& name : names) {
      auto it = current_->flags.find(name);
      unsigned f = it == current_->flags.end() ? 0 : it->second;
      if (f & (kParam | kLocal | kUse | kAnnot)) {
        std::string message = (f & kParam) ? fmt::format("name '{}' is parameter and {}", name, what)
                              : (f & kUse) ? fmt::format("name '{}' is used prior to {} declaration", name, what)
                              : (f & kAnnot) ? fmt::format("annotated name '{}' can't be {}", name, what)
                                             : fmt::format("name '{}' is assigned to before {} declaration", name, what);
        throw Found{stmt->range, std::move(message)};
      }
      flag(name) |= global ? kGlobal : kNonlocal;
      if (!global) current_->nonlocals.emplace_back(name, stmt->range);
    }
  }

  void comprehension(ExprNode* expr, const ComprehensionList& generators, std::initializer_list<ExprNode*> results) {
    visit(generators.front()->iter);  // the first iterable is evaluated outside
    push(Scope::Kind::Comprehension, expr);
    for (std::size_t i = 0; i < generators.size(); ++i) {
      visit(generators[i]->target);
      if (i > 0) visit(generators[i]->iter);
      for (ExprNode* e : generators[i]->ifs) visit(e);
    }
    for (ExprNode* e : results) visit(e);
    pop();
  }

  void visit(Node* node) {
    switch (node->kind) {
      case NodeKind::FunctionDef: return function(cast<FunctionDef>(*node));
      case NodeKind::AsyncFunctionDef: return function(cast<AsyncFunctionDef>(*node));
      case NodeKind::Lambda: {
        auto& lambda = cast<Lambda>(*node);
        outer_parts(lambda.args, false);
        push(Scope::Kind::Function, nullptr);
        parameters(lambda.args);
        visit(lambda.body);
        return pop();
      }
      case NodeKind::ClassDef: {
        auto& def = cast<ClassDef>(*node);
        for (ExprNode* b : def.bases) visit(b);
        for (Keyword* k : def.keywords) visit(k);
        for (ExprNode* d : def.decorator_list) visit(d);
        flag(def.name) |= kLocal;
        push(Scope::Kind::Class, nullptr);
        for (StmtNode* s : def.body) visit(s);
        return pop();
      }
      case NodeKind::ListComp: {
        auto& c = cast<ListComp>(*node);
        return comprehension(&c, c.generators, {c.elt});
      }
      case NodeKind::SetComp: {
        auto& c = cast<SetComp>(*node);
        return comprehension(&c, c.generators, {c.elt});
      }
      case NodeKind::GeneratorExp: {
        auto& c = cast<GeneratorExp>(*node);
        return comprehension(&c, c.generators, {c.elt});
      }
      case NodeKind::DictComp: {
        auto& c = cast<DictComp>(*node);
        return comprehension(&c, c.generators, {c.key, c.value});
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom:
        if (current_->kind == Scope::Kind::Comprehension)
          throw Found{node->range, fmt::format("'yield' inside {}", current_->comprehension)};
        break;
      case NodeKind::Global: return declaration(&cast<Global>(*node), cast<Global>(*node).names, true);
      case NodeKind::Nonlocal: return declaration(&cast<Nonlocal>(*node), cast<Nonlocal>(*node).names, false);
      case NodeKind::AnnAssign: {
        auto& assign = cast<AnnAssign>(*node);
        if (auto* name = dyn_cast<Name>(assign.target); name && assign.simple) {
          unsigned& f = flag(name->id);
          if ((f & (kGlobal | kNonlocal)) && current_->kind != Scope::Kind::Module)
            throw Found{node->range, fmt::format("annotated name '{}' can't be {}", name->id, (f & kGlobal) ? "global" : "nonlocal")};
          f |= kAnnot;
        }
        break;
      }
      case NodeKind::Name: {
        auto& name = cast<Name>(*node);
        flag(name.id) |= name.ctx == ExprContext::Load ? kUse : kLocal;
        return;
      }
      case NodeKind::Alias: {
        auto& alias = cast<Alias>(*node);
        if (alias.name != "*") flag(alias.asname ? *alias.asname : alias.name.substr(0, alias.name.find('.'))) |= kLocal;
        return;
      }
      case NodeKind::ExceptHandler:
        if (auto& name = cast<ExceptHandler>(*node).name) flag(*name) |= kLocal;
        break;
      case NodeKind::MatchAs:
        if (auto& name = cast<MatchAs>(*node).name) flag(*name) |= kLocal;
        break;
      case NodeKind::MatchStar:
        if (auto& name = cast<MatchStar>(*node).name) flag(*name) |= kLocal;
        break;
      case NodeKind::MatchMapping:
        if (auto& name = cast<MatchMapping>(*node).rest) flag(*name) |= kLocal;
        break;
      // Every other node only holds children to visit.
      case NodeKind::Module: case NodeKind::Return: case NodeKind::Delete: case NodeKind::Assign:
      case NodeKind::AugAssign: case NodeKind::For: case NodeKind::AsyncFor: case NodeKind::While:
      case NodeKind::If: case NodeKind::With: case NodeKind::AsyncWith: case NodeKind::Match:
      case NodeKind::Raise: case NodeKind::Try: case NodeKind::TryStar: case NodeKind::Assert:
      case NodeKind::Import: case NodeKind::ImportFrom: case NodeKind::ExprStmt: case NodeKind::Pass:
      case NodeKind::Break: case NodeKind::Continue: case NodeKind::BoolOp: case NodeKind::NamedExpr:
      case NodeKind::BinOp: case NodeKind::UnaryOp: case NodeKind::IfExp: case NodeKind::Dict:
      case NodeKind::Set: case NodeKind::Await: case NodeKind::Compare: case NodeKind::Call:
      case NodeKind::FormattedValue: case NodeKind::JoinedStr: case NodeKind::Constant:
      case NodeKind::Attribute: case NodeKind::Subscript: case NodeKind::Starred: case NodeKind::List:
      case NodeKind::Tuple: case NodeKind::Slice: case NodeKind::Comprehension: case NodeKind::Arguments:
      case NodeKind::Arg: case NodeKind::Keyword: case NodeKind::WithItem: case NodeKind::MatchCase:
      case NodeKind::TypeIgnore: case NodeKind::MatchValue: case NodeKind::MatchSingleton:
      case NodeKind::MatchSequence: case NodeKind::MatchClass: case NodeKind::MatchOr:
        break;
    }
    for_each_child(node, [&](Node* child) { visit(child); });
  }

  // CPython's analyze_block: a nonlocal name must be bound in an enclosing function.
  void analyze(const Scope& scope, const std::unordered_set<std::string>* bound) {
    for (const auto& [name, range] : scope.nonlocals) {
      if (!bound) throw Found{range, "nonlocal declaration not allowed at module level"};
      if (!bound->contains(name)) throw Found{range, fmt::format("no binding for nonlocal '{}' found", name)};
    }
    std::unordered_set<std::string> inner;
    if (scope.kind == Scope::Kind::Function || scope.kind == Scope::Kind::Comprehension) {
      if (bound) inner = *bound;
      for (const auto& [name, f] : scope.flags) {
        if (f & kGlobal) inner.erase(name);
        else if (f & (kLocal | kParam)) inner.insert(name);
      }
    } else if (bound) {
      inner = *bound;
    }
    // Module names are globals, never a binding for `nonlocal`: the module's children see none.
    for (const Scope* child : scope.children) analyze(*child, &inner);
  }

  std::vector<std::unique_ptr<Scope>> scopes_;
  Scope* current_ = nullptr;
};

// --- the compiler's checks (CPython's Python/compile.c), in source order

class CompilePass {
 public:
  explicit CompilePass(DiagnosticEmitter& diagnostics) : diagnostics_(diagnostics) {}

  void run(Module& module) {
    for (StmtNode* s : module.body) visit(s);
  }

 private:
  struct Context {
    bool function = false;  // inside a def or lambda (not a class body)
    bool async = false;
    int loops = 0;
  };

  void debug_name(std::string_view name, SourceRange range, bool del = false) {
    if (name == "__debug__") throw Found{range, del ? "cannot delete __debug__" : "cannot assign to __debug__"};
  }
  void debug_parameters(Arguments* args, SourceRange range) {
    for (const ArgList* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
      for (Arg* a : *list) debug_name(a->arg, range);
    for (Arg* a : {args->vararg, args->kwarg})
      if (a) debug_name(a->arg, range);
  }

  template <class Def>
  void function(Def& def, bool async) {
    debug_name(def.name, def.range);
    debug_parameters(def.args, def.range);
    for (ExprNode* d : def.decorator_list) visit(d);
    visit(def.args);
    if (def.returns) visit(def.returns);
    Context saved = std::exchange(context_, Context{true, async, 0});
    for (StmtNode* s : def.body) visit(s);
    context_ = saved;
  }

  void loop(ExprNode* head, const StmtList& body, const StmtList& orelse, ExprNode* target = nullptr) {
    if (target) visit(target);
    visit(head);
    ++context_.loops;
    for (StmtNode* s : body) visit(s);
    --context_.loops;
    for (StmtNode* s : orelse) visit(s);
  }

  void visit(Node* node) {
    switch (node->kind) {
      case NodeKind::FunctionDef: return function(cast<FunctionDef>(*node), false);
      case NodeKind::AsyncFunctionDef: return function(cast<AsyncFunctionDef>(*node), true);
      case NodeKind::Lambda: {
        auto& lambda = cast<Lambda>(*node);
        debug_parameters(lambda.args, lambda.range);
        visit(lambda.args);
        Context saved = std::exchange(context_, Context{true, false, 0});
        visit(lambda.body);
        context_ = saved;
        return;
      }
      case NodeKind::ClassDef: {
        auto& def = cast<ClassDef>(*node);
        debug_name(def.name, def.range);
        for (ExprNode* b : def.bases) visit(b);
        for (Keyword* k : def.keywords) visit(k);
        for (ExprNode* d : def.decorator_list) visit(d);
        Context saved = std::exchange(context_, Context{});
        for (StmtNode* s : def.body) visit(s);
        context_ = saved;
        return;
      }
      case NodeKind::For: {
        auto& f = cast<For>(*node);
        return loop(f.iter, f.body, f.orelse, f.target);
      }
      case NodeKind::AsyncFor: {
        auto& f = cast<AsyncFor>(*node);
        return loop(f.iter, f.body, f.orelse, f.target);
      }
      case NodeKind::While: {
        auto& w = cast<While>(*node);
        return loop(w.test, w.body, w.orelse);
      }
      case NodeKind::Break:
        if (context_.loops == 0) throw Found{node->range, "'break' outside loop"};
        return;
      case NodeKind::Continue:
        if (context_.loops == 0) throw Found{node->range, "'continue' not properly in loop"};
        return;
      case NodeKind::Return:
        if (!context_.function) throw Found{node->range, "'return' outside function"};
        break;
      case NodeKind::Yield:
      case NodeKind::YieldFrom:
        if (!context_.function) throw Found{node->range, "'yield' outside function"};
        break;
      case NodeKind::Await:
        if (!context_.function) throw Found{node->range, "'await' outside function"};
        if (!context_.async) throw Found{node->range, "'await' outside async function"};
        break;
      case NodeKind::Import:
      case NodeKind::ImportFrom: {
        auto& names = node->kind == NodeKind::Import ? cast<Import>(*node).names : cast<ImportFrom>(*node).names;
        for (Alias* alias : names) debug_name(alias->asname ? *alias->asname : alias->name.substr(0, alias->name.find('.')), node->range);
        return;
      }
      case NodeKind::ExceptHandler:
        if (auto& name = cast<ExceptHandler>(*node).name) debug_name(*name, node->range);
        break;
      case NodeKind::Call:
        for (Keyword* k : cast<Call>(*node).keywords)
          if (k->arg) debug_name(*k->arg, node->range);
        break;
      case NodeKind::Name: {
        auto& name = cast<Name>(*node);
        if (name.ctx != ExprContext::Load) debug_name(name.id, node->range, name.ctx == ExprContext::Del);
        return;
      }
      case NodeKind::Attribute: {
        auto& attribute = cast<Attribute>(*node);
        if (attribute.ctx != ExprContext::Load) debug_name(attribute.attr, node->range, attribute.ctx == ExprContext::Del);
        break;
      }
      case NodeKind::UnaryOp: {
        // -9223372036854775808 is INT64_MIN, one literal (lower spells it so).
        auto& unary = cast<UnaryOp>(*node);
        if (unary.op == UnaryOpKind::USub && unary.operand->kind == NodeKind::Constant) return;
        break;
      }
      case NodeKind::Constant: {
        const ConstantValue& value = cast<Constant>(*node).value;
        // Larger literals are sema's (infer_expr.cpp); this one only fits negated.
        if (value.kind == ConstantValue::Kind::Int && value.text == "9223372036854775808")
          diagnostics_.emit(DiagnosticKind::UnsupportedExpression, node->range,
                            "integer literal {} does not fit in 64 bits: pycxx's int is a 64-bit integer", value.text);
        return;
      }
      // Every other node only holds children to visit.
      case NodeKind::Module: case NodeKind::Delete: case NodeKind::Assign: case NodeKind::AugAssign:
      case NodeKind::AnnAssign: case NodeKind::If: case NodeKind::With: case NodeKind::AsyncWith:
      case NodeKind::Match: case NodeKind::Raise: case NodeKind::Try: case NodeKind::TryStar:
      case NodeKind::Assert: case NodeKind::Global: case NodeKind::Nonlocal: case NodeKind::ExprStmt:
      case NodeKind::Pass: case NodeKind::BoolOp: case NodeKind::NamedExpr: case NodeKind::BinOp:
      case NodeKind::IfExp: case NodeKind::Dict: case NodeKind::Set: case NodeKind::ListComp:
      case NodeKind::SetComp: case NodeKind::DictComp: case NodeKind::GeneratorExp: case NodeKind::Compare:
      case NodeKind::FormattedValue: case NodeKind::JoinedStr: case NodeKind::Subscript:
      case NodeKind::Starred: case NodeKind::List: case NodeKind::Tuple: case NodeKind::Slice:
      case NodeKind::Comprehension: case NodeKind::Arguments: case NodeKind::Arg: case NodeKind::Keyword:
      case NodeKind::Alias: case NodeKind::WithItem: case NodeKind::MatchCase: case NodeKind::TypeIgnore:
      case NodeKind::MatchValue: case NodeKind::MatchSingleton: case NodeKind::MatchSequence:
      case NodeKind::MatchMapping: case NodeKind::MatchClass: case NodeKind::MatchStar:
      case NodeKind::MatchAs: case NodeKind::MatchOr:
        break;
    }
    for_each_child(node, [&](Node* child) { visit(child); });
  }

  DiagnosticEmitter& diagnostics_;
  Context context_;
};

}  // namespace

bool check_syntax_rules(Module& module, DiagnosticEmitter& diagnostics) {
  try {
    SymbolPass().run(module);
    CompilePass(diagnostics).run(module);
    return true;
  } catch (const Found& found) {
    diagnostics.emit(DiagnosticKind::SyntaxError, found.range, found.message);
    return false;
  }
}

}  // namespace pycxx
