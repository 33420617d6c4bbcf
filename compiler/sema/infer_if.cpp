// if statements: a test the types decide checks only the branch that runs; otherwise both
// branches, each with the test's narrowing, joined after (assigned and narrowed on every
// branch that continues). Neighbours: infer_optional.cpp (narrowing), infer_loop.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

bool Inferrer::infer_if(ast::StmtNode* stmt) {
  auto& branch = ast::cast<ast::If>(*stmt);
  TypeRef test = infer_maybe_none(branch.test);
  if (test) truth_testable(branch.test, test);
  // `if x is None:` where x's type decides it (a form of an `X | None` parameter): only the
  // branch that runs is checked and compiled, as a type checker narrows it.
  if (std::optional<bool> known = static_condition(branch.test)) {
    spec_->static_conditions_[stmt] = *known;
    return infer_block(*known ? branch.body : branch.orelse);
  }
  std::set<std::string> before = assigned_;
  const std::set<std::string> narrowed_before = narrowed_;
  narrowed_.merge(narrowing(branch.test, true));
  bool body = infer_block(branch.body);
  std::set<std::string> after_body = std::move(assigned_);
  std::set<std::string> narrowed_body = std::move(narrowed_);
  assigned_ = before;
  narrowed_ = narrowed_before;
  narrowed_.merge(narrowing(branch.test, false));
  bool orelse = branch.orelse.empty() ? true : infer_block(branch.orelse);
  // Known not None after the if: on every branch that continues (`if x is None: return`).
  if (body && orelse) {
    std::set<std::string> both;
    for (const std::string& name : narrowed_body)
      if (narrowed_.count(name)) both.insert(name);
    narrowed_ = std::move(both);
  } else if (body) {
    narrowed_ = std::move(narrowed_body);
  }
  // Definitely assigned after the if: on both branches that can continue.
  if (body && orelse) {
    std::set<std::string> both;
    for (const std::string& name : after_body)
      if (assigned_.count(name)) both.insert(name);
    assigned_ = std::move(both);
  } else if (body) {
    assigned_ = std::move(after_body);
  }
  return body || orelse;
}

}  // namespace pycxx
