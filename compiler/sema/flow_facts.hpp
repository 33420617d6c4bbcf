// What sema knows of a function's locals at one point of its body, from the statements that
// run before it (flow-sensitive facts): which are certainly assigned (definite assignment),
// which `T | None` locals are known not None (narrowed), which int loop indexes are known
// >= 0 (for the bounds checks), and, per enclosing loop, whether a break was seen.
// A value type apart from the Inferrer, so its rules are tested on their own (test/unit/sema).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace pycxx {

class FlowFacts {
 public:
  using Names = std::set<std::string>;
  // What holds on one path: saved before a branch, restored for the next, joined after.
  struct Path {
    Names assigned;
    Names narrowed;
  };

  // The start of a function body: only the parameters are assigned; no loop encloses it.
  void start_function(const std::vector<std::string>& params);

  // A local (re)bound: assigned from here on, and no longer narrowed nor known non-negative
  // (the new value may be None, or negative).
  void bind(const std::string& name);
  // Unassigned again: Python's implicit `del e` at the end of `except E as e:`.
  void unbind(const std::string& name) { assigned_.erase(name); }
  bool assigned(const std::string& name) const { return assigned_.count(name) > 0; }

  bool narrowed(const std::string& name) const { return narrowed_.count(name) > 0; }
  void narrow(const std::string& name) { narrowed_.insert(name); }
  void narrow(Names names) { narrowed_.merge(names); }
  // A loop body or a try statement may re-assign these before any point of it.
  void forget_narrowed(const Names& names);

  bool non_negative(const std::string& name) const { return non_negative_.count(name) > 0; }
  void set_non_negative(const std::string& name) { non_negative_.insert(name); }
  void forget_non_negative(const std::string& name) { non_negative_.erase(name); }

  Path path() const { return {assigned_, narrowed_}; }
  void restore(Path path);
  // After two branches: `other` is the path where the first ended, this one where the
  // second did. What holds after is what holds on every branch that continues (a branch
  // that returns or raises constrains nothing); when none continues, this path stays.
  void join(Path other, bool other_continues, bool this_continues);

  // One half of the path, where a construct saves only that (an expression's narrowing, a
  // try statement's assignments).
  const Names& assigned_names() const { return assigned_; }
  void restore_assigned(Names names) { assigned_ = std::move(names); }
  const Names& narrowed_names() const { return narrowed_; }
  void restore_narrowed(Names names) { narrowed_ = std::move(names); }

  // Loops: a break marks the innermost one; leaving a loop answers whether its body broke.
  void enter_loop() { loop_breaks_.push_back(false); }
  bool leave_loop();
  void note_break();
  std::size_t loop_depth() const { return loop_breaks_.size(); }

 private:
  Names assigned_;
  Names narrowed_;
  Names non_negative_;
  std::vector<bool> loop_breaks_;
};

}  // namespace pycxx
