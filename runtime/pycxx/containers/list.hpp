// Python's list: reference semantics (copying a pycxx::list aliases it, as `b = a` does),
// Python indexing (negative wraps, IndexError), slicing with steps, the list methods with
// CPython's messages, a stable sort with key/reverse, + and *, and Python's ordering.
// Neighbours: slice.hpp (index arithmetic), compare.hpp (item_eq/item_lt/repr of items),
// ../python/containers_convert.hpp (the CPython boundary). Notes: docs/containers.md.
//
// Generated code (a: pycxx::list<T>):
//   pycxx::list<T>{x, y}   a[i] / a.at(i)   a.set(i, v)   a.slice({b, e, s})   a.len()   a.contains(x)
//   a.set_slice({b, e, s}, values) (a[b:e:s] = values)   a.del(i)   a.del_slice({b, e, s})
//   a.append(x)  a.extend(b)  a.pop() / a.pop(i)  a.insert(i, x)  a.index(x)  a.count(x)  a.remove(x)
//   a.sort() / a.sort(key_fn, reverse)  a.reverse()  a.copy()  a.clear()  a.reversed()  a + b  a * n
//   a += b (extend, in place: aliases see it)  a == b  a < b ...  for (T& x : a)
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <numeric>
#include <string>
#include <vector>

#include "pycxx/containers/compare.hpp"
#include "pycxx/slice.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

namespace detail {
// std::vector<bool> has no bool& to hand out: a list[bool] stores one-byte cells instead.
struct bool_cell {
  bool value;
};
template <class T>
struct list_slot {
  using type = T;
  static T& get(T& s) noexcept { return s; }
  static const T& get(const T& s) noexcept { return s; }
};
template <>
struct list_slot<bool> {
  using type = bool_cell;
  static bool& get(bool_cell& s) noexcept { return s.value; }
  static const bool& get(const bool_cell& s) noexcept { return s.value; }
};

template <class T, class Slot, class Ref>
class slot_iterator {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using value_type = T;
  using difference_type = std::ptrdiff_t;
  using reference = Ref;
  using pointer = std::remove_reference_t<Ref>*;
  slot_iterator() = default;
  explicit slot_iterator(Slot* p) : p_(p) {}
  Ref operator*() const { return list_slot<T>::get(*p_); }
  Ref operator[](difference_type n) const { return list_slot<T>::get(p_[n]); }
  slot_iterator& operator++() { return ++p_, *this; }
  slot_iterator operator++(int) { return slot_iterator(p_++); }
  slot_iterator& operator--() { return --p_, *this; }
  slot_iterator operator--(int) { return slot_iterator(p_--); }
  slot_iterator& operator+=(difference_type n) { return p_ += n, *this; }
  slot_iterator& operator-=(difference_type n) { return p_ -= n, *this; }
  friend slot_iterator operator+(slot_iterator a, difference_type n) { return slot_iterator(a.p_ + n); }
  friend slot_iterator operator+(difference_type n, slot_iterator a) { return slot_iterator(a.p_ + n); }
  friend slot_iterator operator-(slot_iterator a, difference_type n) { return slot_iterator(a.p_ - n); }
  friend difference_type operator-(slot_iterator a, slot_iterator b) { return a.p_ - b.p_; }
  friend auto operator<=>(slot_iterator a, slot_iterator b) = default;

 private:
  Slot* p_ = nullptr;
};
}  // namespace detail

template <class T>
class list {
  using slot = detail::list_slot<T>;
  using slot_t = typename slot::type;
  using vector_t = std::vector<slot_t>;

 public:
  using value_type = T;
  using iterator = detail::slot_iterator<T, slot_t, T&>;
  using const_iterator = detail::slot_iterator<T, const slot_t, const T&>;

  list() : items_(std::make_shared<vector_t>()) {}
  list(std::initializer_list<T> init) : list() {
    items_->reserve(init.size());
    for (const T& x : init) items_->push_back(slot_t{x});
  }
  template <class It>
  list(It first, It last) : list() {
    for (; first != last; ++first) items_->push_back(slot_t{static_cast<T>(*first)});
  }

  // list(iterable): a new list (also the copy a[:] and list(a) make).
  template <class Range>
    requires requires(const Range& r) { std::begin(r); }
  static list from_range(const Range& r) {
    list out;  // begin and end may differ in type (zip, a list being walked)
    for (auto&& x : r) out.append(static_cast<T>(x));
    return out;
  }

  std::int64_t len() const noexcept { return static_cast<std::int64_t>(items_->size()); }
  std::size_t size() const noexcept { return items_->size(); }
  bool empty() const noexcept { return items_->empty(); }
  explicit operator bool() const noexcept { return !items_->empty(); }
  // Whether two lists are the same object (`a is b`).
  bool is(const list& other) const noexcept { return items_ == other.items_; }

  // A const list is a const handle (as dict and set): its items stay writable through it,
  // so that a list reached by value (xss[0].append(x), d[k].append(x)) can be mutated.
  T& operator[](std::int64_t i) const { return at(i); }
  T& at(std::int64_t i) const { return slot::get((*items_)[sequence_index(i, len(), "list index out of range")]); }
  void set(std::int64_t i, const T& v) const {
    slot::get((*items_)[sequence_index(i, len(), "list assignment index out of range")]) = v;
  }
  // del a[i]
  void del(std::int64_t i) const {
    items_->erase(items_->begin() + static_cast<std::ptrdiff_t>(
                                         sequence_index(i, len(), "list assignment index out of range")));
  }

  list slice(const pycxx::slice& s) const {
    slice_range r = adjust_slice(s, len());
    list out;
    out.items_->reserve(static_cast<std::size_t>(r.length));
    for (std::int64_t k = 0, i = r.start; k < r.length; ++k, i += r.step)
      out.items_->push_back((*items_)[static_cast<std::size_t>(i)]);
    return out;
  }

  // a[b:e:s] = values: a step-1 slice may change the length; an extended slice must be given
  // as many items as it selects (CPython's ValueError otherwise). a[:] = a works (copied first).
  void set_slice(const pycxx::slice& s, const list& values) const {
    slice_range r = adjust_slice(s, len());
    vector_t v = *values.items_;
    if (r.step == 1) {
      auto first = items_->begin() + static_cast<std::ptrdiff_t>(r.start);
      items_->erase(first, first + static_cast<std::ptrdiff_t>(r.length));
      items_->insert(items_->begin() + static_cast<std::ptrdiff_t>(r.start), v.begin(), v.end());
      return;
    }
    if (static_cast<std::int64_t>(v.size()) != r.length)
      raise(exception_kind::ValueError, "attempt to assign sequence of size " + std::to_string(v.size()) +
                                            " to extended slice of size " + std::to_string(r.length));
    for (std::int64_t k = 0, i = r.start; k < r.length; ++k, i += r.step)
      (*items_)[static_cast<std::size_t>(i)] = v[static_cast<std::size_t>(k)];
  }
  // del a[b:e:s]
  void del_slice(const pycxx::slice& s) const {
    slice_range r = adjust_slice(s, len());
    if (r.length == 0) return;
    std::int64_t first = r.step > 0 ? r.start : r.start + (r.length - 1) * r.step;
    std::int64_t step = r.step > 0 ? r.step : -r.step;
    vector_t kept;
    kept.reserve(items_->size() - static_cast<std::size_t>(r.length));
    for (std::int64_t i = 0; i < len(); ++i) {
      bool selected = i >= first && (i - first) % step == 0 && (i - first) / step < r.length;
      if (!selected) kept.push_back((*items_)[static_cast<std::size_t>(i)]);
    }
    items_->swap(kept);
  }

  void append(const T& x) const { items_->push_back(slot_t{x}); }
  // a.extend(b) and a += b; a.extend(a) doubles a, as in Python.
  void extend(const list& other) const {
    if (other.items_ == items_) {
      std::size_t n = items_->size();
      items_->reserve(2 * n);
      for (std::size_t i = 0; i < n; ++i) items_->push_back((*items_)[i]);
    } else {
      items_->insert(items_->end(), other.items_->begin(), other.items_->end());
    }
  }
  template <class Range>
    requires(!std::is_same_v<Range, list>)
  void extend(const Range& r) const {
    for (const auto& x : r) append(static_cast<T>(x));
  }
  list& operator+=(const list& other) {
    extend(other);
    return *this;
  }

  T pop() const {
    if (items_->empty()) raise(exception_kind::IndexError, "pop from empty list");
    T x = slot::get(items_->back());
    items_->pop_back();
    return x;
  }
  T pop(std::int64_t i) const {
    if (items_->empty()) raise(exception_kind::IndexError, "pop from empty list");
    std::size_t k = sequence_index(i, len(), "pop index out of range");
    T x = slot::get((*items_)[k]);
    items_->erase(items_->begin() + static_cast<std::ptrdiff_t>(k));
    return x;
  }
  // insert clamps the index as Python does: a.insert(-100, x) inserts at the front.
  void insert(std::int64_t i, const T& x) const {
    std::int64_t n = len();
    if (i < 0) i = std::max<std::int64_t>(i + n, 0);
    if (i > n) i = n;
    items_->insert(items_->begin() + static_cast<std::ptrdiff_t>(i), slot_t{x});
  }

  // a.index(x[, start[, stop]]): start/stop clamped as slice bounds, as CPython's.
  template <class U>
  std::int64_t index(const U& x, std::int64_t start = 0, std::int64_t stop = INT64_MAX) const {
    std::int64_t n = len();
    auto clamp = [n](std::int64_t i) {
      if (i < 0) i = std::max<std::int64_t>(i + n, 0);
      return std::min(i, n);
    };
    for (std::int64_t i = clamp(start), e = clamp(stop); i < e; ++i)
      if (item_eq(slot::get((*items_)[static_cast<std::size_t>(i)]), x)) return i;
    raise(exception_kind::ValueError, item_repr(x) + " is not in list");
  }
  template <class U>
  std::int64_t count(const U& x) const {
    std::int64_t n = 0;
    for (const slot_t& s : *items_) n += item_eq(slot::get(s), x) ? 1 : 0;
    return n;
  }
  template <class U>
  bool contains(const U& x) const {
    for (const slot_t& s : *items_)
      if (item_eq(slot::get(s), x)) return true;
    return false;
  }
  template <class U>
  void remove(const U& x) const {
    for (std::size_t i = 0; i < items_->size(); ++i)
      if (item_eq(slot::get((*items_)[i]), x)) {
        items_->erase(items_->begin() + static_cast<std::ptrdiff_t>(i));
        return;
      }
    raise(exception_kind::ValueError, "list.remove(x): x not in list");
  }
  void clear() const { items_->clear(); }
  list copy() const {
    list out;
    *out.items_ = *items_;
    return out;
  }
  void reverse() const { std::reverse(items_->begin(), items_->end()); }

  // Stable, as CPython's timsort; only item_lt (Python's <) is used. reverse=True keeps
  // equal items in their original order, as CPython does.
  void sort(bool reverse = false) const {
    std::stable_sort(items_->begin(), items_->end(), [reverse](const slot_t& a, const slot_t& b) {
      return reverse ? item_lt(slot::get(b), slot::get(a)) : item_lt(slot::get(a), slot::get(b));
    });
  }
  // sort(key=f): f is called once per item, in order, as CPython does.
  template <class Key>
  void sort(Key&& key, bool reverse = false) const {
    using key_t = std::decay_t<decltype(key(std::declval<const T&>()))>;
    std::vector<key_t> keys;
    keys.reserve(items_->size());
    for (const slot_t& s : *items_) keys.push_back(key(slot::get(s)));
    std::vector<std::size_t> order(items_->size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return reverse ? item_lt(keys[b], keys[a]) : item_lt(keys[a], keys[b]);
    });
    vector_t sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order) sorted.push_back((*items_)[i]);
    items_->swap(sorted);
  }

  iterator begin() { return iterator(items_->data()); }
  iterator end() { return iterator(items_->data() + items_->size()); }
  const_iterator begin() const { return const_iterator(items_->data()); }
  const_iterator end() const { return const_iterator(items_->data() + items_->size()); }
  // reversed(a): iterate from the end (a view over the same list, as Python's reversed()).
  auto reversed() const {
    struct view {
      const list& l;
      auto begin() const { return std::make_reverse_iterator(l.end()); }
      auto end() const { return std::make_reverse_iterator(l.begin()); }
    };
    return view{*this};
  }

  friend list operator+(const list& a, const list& b) {
    list out;
    out.items_->reserve(a.items_->size() + b.items_->size());
    out.items_->insert(out.items_->end(), a.items_->begin(), a.items_->end());
    out.items_->insert(out.items_->end(), b.items_->begin(), b.items_->end());
    return out;
  }
  // [x] * n: n <= 0 gives an empty list. The items are copied (for a list of lists they
  // are aliases of one inner list, as in Python).
  friend list operator*(const list& a, std::int64_t n) {
    list out;
    if (n <= 0 || a.items_->empty()) return out;
    // CPython's MemoryError for a result it cannot allocate (std::bad_alloc at the boundary).
    if (a.items_->size() > out.items_->max_size() / static_cast<std::size_t>(n)) throw std::bad_alloc();
    out.items_->reserve(a.items_->size() * static_cast<std::size_t>(n));
    for (std::int64_t k = 0; k < n; ++k) out.items_->insert(out.items_->end(), a.items_->begin(), a.items_->end());
    return out;
  }
  friend list operator*(std::int64_t n, const list& a) { return a * n; }

  friend bool operator==(const list& a, const list& b) {
    if (a.items_->size() != b.items_->size()) return false;
    for (std::size_t i = 0; i < a.items_->size(); ++i)
      if (!item_eq(slot::get((*a.items_)[i]), slot::get((*b.items_)[i]))) return false;
    return true;
  }
  // Python's lexicographic order: the first unequal pair decides, else the shorter is smaller.
  friend bool operator<(const list& a, const list& b) {
    std::size_t n = std::min(a.items_->size(), b.items_->size());
    for (std::size_t i = 0; i < n; ++i) {
      const T& x = slot::get((*a.items_)[i]);
      const T& y = slot::get((*b.items_)[i]);
      if (!item_eq(x, y)) return item_lt(x, y);
    }
    return a.items_->size() < b.items_->size();
  }
  friend bool operator>(const list& a, const list& b) { return b < a; }
  friend bool operator<=(const list& a, const list& b) { return !(b < a) && (a < b || a == b); }
  friend bool operator>=(const list& a, const list& b) { return b <= a; }

 private:
  std::shared_ptr<vector_t> items_;
};

// repr(a) / str(a): "[1, 2.5, 'x']"; repr_items shows each item with `show` (numpy_repr.hpp
// passes numpy's scalar forms).
template <class T, class Show>
std::string repr_items(const list<T>& a, Show show) {
  std::string out = "[";
  bool first = true;
  for (const T& x : a) {
    if (!first) out += ", ";
    first = false;
    out += show(x);
  }
  return out + "]";
}

template <class T>
std::string repr(const list<T>& a) {
  return repr_items(a, [](const T& x) { return item_repr(x); });
}

}  // namespace pycxx
