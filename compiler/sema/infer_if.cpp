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
  FlowFacts::Path before = flow_.path();
  flow_.narrow(narrowing(branch.test, true));
  bool body = infer_block(branch.body);
  FlowFacts::Path after_body = flow_.path();
  flow_.restore(std::move(before));
  flow_.narrow(narrowing(branch.test, false));
  bool orelse = branch.orelse.empty() ? true : infer_block(branch.orelse);
  // Assigned, and known not None, after the if: on every branch that continues (`if x is
  // None: return` leaves x narrowed).
  flow_.join(std::move(after_body), body, orelse);
  return body || orelse;
}

}  // namespace pycxx
