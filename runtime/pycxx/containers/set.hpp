// Python's set: reference semantics (copies alias), add/discard/remove/pop, `in`, len, the
// operators | & - ^ (new sets) and |= &= -= (in place), <= / >= (subset, superset).
// Iteration is in insertion order, which may differ from CPython's hash order (a program
// printing a set may show another order: docs/containers.md). Shares dict's table (dict.hpp).
//
// Generated code (s: pycxx::set<T>):  pycxx::set<T>{a, b}  s.add(x)  s.discard(x)  s.remove(x)
//   s.pop()  s.contains(x)  s.len()  s | t  s & t  s - t  s ^ t  s |= t ...  for (const T& x : s)
//   s.union_(t) (`union` is a C++ keyword)  s.intersection(t)  s.difference(t)  s.update(t)
//   s.issubset(t)  s.issuperset(t)  s.isdisjoint(t)
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "pycxx/containers/dict.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx {

template <class T>
class set {
  using table = detail::ordered_table<T, none_t>;

 public:
  using value_type = T;

  set() : t_(std::make_shared<table>()) {}
  set(std::initializer_list<T> init) : set() {
    for (const T& x : init) add(x);
  }
  template <class Range>
    requires requires(const Range& r) { r.begin(); }
  static set from_range(const Range& r) {
    set out;
    for (const auto& x : r) out.add(static_cast<T>(x));
    return out;
  }

  std::int64_t len() const noexcept { return static_cast<std::int64_t>(t_->size()); }
  std::size_t size() const noexcept { return t_->size(); }
  bool empty() const noexcept { return t_->size() == 0; }
  explicit operator bool() const noexcept { return t_->size() != 0; }
  bool is(const set& other) const noexcept { return t_ == other.t_; }

  bool contains(const T& x) const { return t_->find(x) != nullptr; }
  void add(const T& x) const { t_->emplace(x, none); }
  void discard(const T& x) const { t_->erase(x); }
  void remove(const T& x) const {
    // KeyError(x): the message is repr(x), rebuilt into the key at the boundary.
    if (!t_->erase(x)) raise(python_error(exception_kind::KeyError, item_repr(x), /*message_is_repr=*/true));
  }
  // s.pop(): some element (here the first inserted still present).
  T pop() const {
    for (std::size_t i = 0; i < t_->entries.size(); ++i)
      if (t_->live[i]) {
        T x = t_->entries[i].first;
        t_->erase(x);
        return x;
      }
    raise(python_error(exception_kind::KeyError, "'pop from an empty set'", /*message_is_repr=*/true));
  }
  void clear() const { t_->clear(); }
  set copy() const {
    set out;
    for (const T& x : *this) out.add(x);
    return out;
  }

  using range = detail::live_range<table, detail::project_key, detail::iteration_of::set>;
  auto begin() const { return range{t_}.begin(); }
  auto end() const { return range{t_}.end(); }

  // The named forms: s.union(t), s.update(t), s.issubset(t) ...
  set union_(const set& b) const { return *this | b; }
  set intersection(const set& b) const { return *this & b; }
  set difference(const set& b) const { return *this - b; }
  set symmetric_difference(const set& b) const { return *this ^ b; }
  // const as add/discard: a const set is a const handle, its contents stay mutable.
  void update(const set& b) const {
    if (!is(b))
      for (const T& x : b) add(x);
  }
  void intersection_update(const set& b) const { replace_with(*this & b); }
  void difference_update(const set& b) const { replace_with(*this - b); }
  bool issubset(const set& b) const { return *this <= b; }
  bool issuperset(const set& b) const { return *this >= b; }
  bool isdisjoint(const set& b) const {
    for (const T& x : *this)
      if (b.contains(x)) return false;
    return true;
  }

  friend set operator|(const set& a, const set& b) {
    set out = a.copy();
    for (const T& x : b) out.add(x);
    return out;
  }
  friend set operator&(const set& a, const set& b) {
    set out;
    for (const T& x : a)
      if (b.contains(x)) out.add(x);
    return out;
  }
  friend set operator-(const set& a, const set& b) {
    set out;
    for (const T& x : a)
      if (!b.contains(x)) out.add(x);
    return out;
  }
  friend set operator^(const set& a, const set& b) {
    set out = a - b;
    for (const T& x : b)
      if (!a.contains(x)) out.add(x);
    return out;
  }
  // In place: aliases of the left operand see the change, as in Python.
  set& operator|=(const set& b) {
    update(b);
    return *this;
  }
  set& operator&=(const set& b) {
    replace_with(*this & b);
    return *this;
  }
  set& operator-=(const set& b) {
    replace_with(*this - b);
    return *this;
  }
  set& operator^=(const set& b) {
    replace_with(*this ^ b);
    return *this;
  }

  friend bool operator==(const set& a, const set& b) { return a.size() == b.size() && a <= b; }
  // Subset / superset, as Python's set comparisons.
  friend bool operator<=(const set& a, const set& b) {
    for (const T& x : a)
      if (!b.contains(x)) return false;
    return true;
  }
  friend bool operator>=(const set& a, const set& b) { return b <= a; }
  friend bool operator<(const set& a, const set& b) { return a.size() < b.size() && a <= b; }
  friend bool operator>(const set& a, const set& b) { return b < a; }

 private:
  void replace_with(const set& result) const {
    std::vector<T> kept;
    for (const T& x : result) kept.push_back(x);
    t_->clear();
    for (const T& x : kept) add(x);
  }
  std::shared_ptr<table> t_;
};

// repr(s): "{1, 2}", and "set()" when empty, as CPython; repr_items shows each item with `show`.
template <class T, class Show>
std::string repr_items(const set<T>& s, Show show) {
  if (s.empty()) return "set()";
  std::string out = "{";
  bool first = true;
  for (const T& x : s) {
    if (!first) out += ", ";
    first = false;
    out += show(x);
  }
  return out + "}";
}

template <class T>
std::string repr(const set<T>& s) {
  return repr_items(s, [](const T& x) { return item_repr(x); });
}

}  // namespace pycxx
