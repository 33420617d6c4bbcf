// Marks the functions on a cycle of the call graph, so that emit gives them a stack check
// (pycxx::check_recursion): unbounded recursion then raises RecursionError as in CPython
// instead of overflowing the C stack. Functions that cannot recurse pay nothing.
//
//   before:  def fib(n): ... CallFunction[fib](...)      may_recurse = false
//   after:   def fib(n): ... CallFunction[fib](...)      may_recurse = true
#include <map>
#include <set>

#include "compiler/opt/passes.hpp"

namespace pycxx {
namespace {

void callees_of(const std::vector<ir::Stmt*>& body, std::set<std::string>& out);

void callees_of_value(const ir::Value* v, std::set<std::string>& out) {
  if (v->kind_ == ir::InstKind::CallFunction) out.insert(v->text_);
  for (const ir::Value* operand : v->operands_) callees_of_value(operand, out);
  callees_of(v->body_, out);  // comprehensions and closures call from inside the function too
}

void callees_of(const std::vector<ir::Stmt*>& body, std::set<std::string>& out) {
  for (const ir::Stmt* s : body)
    ir::for_each_part(*s, [&](const ir::Value* v) { callees_of_value(v, out); },
                      [&](const std::vector<ir::Stmt*>& block) { callees_of(block, out); });
}

}  // namespace

void mark_recursion(ir::Module& module) {
  std::map<std::string, std::set<std::string>> calls;
  for (const auto& f : module.functions_) callees_of(f->body_, calls[f->name_]);
  for (auto& f : module.functions_) {
    // Depth-first from f's callees: f may recurse if it reaches itself.
    std::set<std::string> seen;
    std::vector<std::string> stack(calls[f->name_].begin(), calls[f->name_].end());
    while (!stack.empty() && !f->may_recurse_) {
      std::string g = stack.back();
      stack.pop_back();
      if (g == f->name_) f->may_recurse_ = true;
      if (!seen.insert(g).second) continue;
      for (const std::string& h : calls[g]) stack.push_back(h);
    }
  }
}

}  // namespace pycxx
