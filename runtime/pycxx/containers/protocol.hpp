// Python's container protocols as one free function each, the spelling generated code uses
// for every container type so the compiler needs no per-type table: len(x), x in c, c[k],
// c[k] = v, c[b:e:s], and iteration (a list is walked by index against its live size, so
// items appended inside the loop are visited, as in CPython). Neighbours: list.hpp, dict.hpp,
// set.hpp, str.hpp; arrays have their own getitem/len in ../array/.
#pragma once

#include <array>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx {

template <class T>
std::int64_t len(const list<T>& x) { return x.len(); }
template <class T>
std::int64_t len(const set<T>& x) { return static_cast<std::int64_t>(x.size()); }
template <class K, class V>
std::int64_t len(const dict<K, V>& x) { return static_cast<std::int64_t>(x.size()); }
inline std::int64_t len(const str& x) { return x.len(); }

// x in c: list and set items, dict keys, str substrings.
template <class C, class X>
bool contains(const C& c, const X& x) { return c.contains(x); }
template <class... T, class X>
bool contains(const std::tuple<T...>& t, const X& x) {
  return std::apply([&](const auto&... item) { return (item_eq(item, x) || ...); }, t);
}

// x in c, in Python's order of evaluation (x first).
template <class X, class C>
bool is_in(const X& x, const C& c) { return contains(c, x); }

// What a comprehension adds each item with: append to a list, add to a set.
template <class T, class X>
none_t add_item(const list<T>& c, const X& x) {
  c.append(static_cast<T>(x));
  return none;
}
template <class T, class X>
none_t add_item(const set<T>& c, const X& x) {
  c.add(static_cast<T>(x));
  return none;
}

// c[k]: IndexError / KeyError with CPython's messages.
template <class T>
T getitem(const list<T>& c, std::int64_t i) { return c.at(i); }
inline str getitem(const str& c, std::int64_t i) { return c.at(i); }
template <class K, class V>
V getitem(const dict<K, V>& c, const std::type_identity_t<K>& k) { return c.at(k); }

// c[b:e:s]
template <class T>
list<T> getslice(const list<T>& c, const slice& s) { return c.slice(s); }
inline str getslice(const str& c, const slice& s) { return c.slice(s); }

// c[k] = v
// The key and value are converted to the container's types (a literal 0 into a list[float]).
template <class T>
none_t setitem(const list<T>& c, std::int64_t i, const std::type_identity_t<T>& v) {
  c.set(i, v);
  return none;
}
template <class K, class V>
none_t setitem(const dict<K, V>& c, const std::type_identity_t<K>& k, const std::type_identity_t<V>& v) {
  c.set(k, v);
  return none;
}

// for x in a: by index, each step reading the live size (appends during the loop are seen).
template <class T>
class list_walk {
 public:
  explicit list_walk(const list<T>& items) : items_(items) {}
  struct end_marker {};
  class iterator {
   public:
    iterator(const list<T>* items) : items_(items) {}
    const T& operator*() const { return (*items_)[i_]; }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(end_marker) const { return i_ < items_->len(); }

   private:
    const list<T>* items_;
    std::int64_t i_ = 0;
  };
  iterator begin() const { return iterator(&items_); }
  end_marker end() const { return {}; }

 private:
  list<T> items_;  // shares the caller's items (reference semantics): a rebinding does not end the loop
};

namespace detail {
template <class T>
inline constexpr bool is_list = false;
template <class T>
inline constexpr bool is_list<list<T>> = true;
// A lazy array expression (a * 2.0): iterated once evaluated (array/assign.hpp's iterate).
template <class T>
inline constexpr bool is_array_expression = requires(const T& e) {
  T::leaves;
  e.shape();
} && !requires(const T& e) { e.begin(); };
}  // namespace detail

template <class T>
list_walk<T> iterate(const list<T>& items) { return list_walk<T>(items); }
// A tuple of one item type (sema allows no other in a for loop): its items in order.
template <class T, class... U>
  requires(std::is_same_v<T, U> && ...)
std::array<T, 1 + sizeof...(U)> iterate(const std::tuple<T, U...>& items) {
  return std::apply([](const auto&... item) { return std::array<T, 1 + sizeof...(U)>{item...}; }, items);
}

// Anything else as it is; a temporary (zip(...), a slice) is moved into the loop, alive to its end.
template <class Iterable>
  requires(!detail::is_list<std::remove_cvref_t<Iterable>> && !detail::is_tuple<std::remove_cvref_t<Iterable>> &&
           !detail::is_array_expression<std::remove_cvref_t<Iterable>>)
Iterable iterate(Iterable&& items) {
  return std::forward<Iterable>(items);
}

}  // namespace pycxx
