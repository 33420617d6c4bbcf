// The rules of FlowFacts (flow_facts.hpp): binding, the join of branches, loops and breaks.
// The statements that apply them: infer_assign.cpp, infer_if.cpp, infer_loop.cpp, infer_try.cpp.
#include "compiler/sema/flow_facts.hpp"

namespace pycxx {
namespace {

void keep_common(FlowFacts::Names& names, const FlowFacts::Names& other) {
  std::erase_if(names, [&](const std::string& name) { return !other.count(name); });
}

}  // namespace

void FlowFacts::start_function(const std::vector<std::string>& params) {
  assigned_ = Names(params.begin(), params.end());
  narrowed_.clear();
  non_negative_.clear();
  loop_breaks_.clear();
}

void FlowFacts::bind(const std::string& name) {
  assigned_.insert(name);
  narrowed_.erase(name);
  non_negative_.erase(name);
}

void FlowFacts::forget_narrowed(const Names& names) {
  for (const std::string& name : names) narrowed_.erase(name);
}

void FlowFacts::restore(Path path) {
  assigned_ = std::move(path.assigned);
  narrowed_ = std::move(path.narrowed);
}

void FlowFacts::join(Path other, bool other_continues, bool this_continues) {
  if (other_continues && this_continues) {
    keep_common(assigned_, other.assigned);
    keep_common(narrowed_, other.narrowed);
  } else if (other_continues) {
    restore(std::move(other));
  }
}

bool FlowFacts::leave_loop() {
  bool broke = loop_breaks_.back();
  loop_breaks_.pop_back();
  return broke;
}

void FlowFacts::note_break() {
  if (!loop_breaks_.empty()) loop_breaks_.back() = true;
}

}  // namespace pycxx
