// Python's dict: insertion-ordered as CPython's (deleting keeps the order of the rest,
// re-inserting a deleted key puts it last), reference semantics (copies alias, as `b = a`),
// KeyError carrying repr(key) as its message. Entries live in a vector in insertion order
// (deleted ones are tombstones, compacted when they outnumber the live ones); a hash index
// maps keys to positions. Neighbours: compare.hpp (item_hash/item_eq), set.hpp, list.hpp.
//
// Generated code (d: pycxx::dict<K, V>):  d[k] (read: KeyError) / d.at(k)   d.set(k, v)
//   d.get(k) -> std::optional<V>   d.get(k, dflt)   d.setdefault(k, dflt) -> V&   d.pop(k)
//   d.pop(k, dflt)  d.del(k) (del d[k])  d.contains(k)  d.len()  d.update(e)  d.clear()  d.copy()
//   for (auto& [k, v] : d.items())   for (const K& k : d.keys()) / for (const K& k : d)   d.values()
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pycxx/containers/compare.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

namespace detail {
// Insertion-ordered hash table shared by dict and set. Not thread-safe (as no Python object
// is without the GIL).
template <class K, class V>
struct ordered_table {
  std::vector<std::pair<K, V>> entries;
  std::vector<char> live;
  std::unordered_map<K, std::size_t, item_hash, item_equal> index;

  std::size_t size() const noexcept { return index.size(); }
  V* find(const K& k) {
    auto it = index.find(k);
    return it == index.end() ? nullptr : &entries[it->second].second;
  }
  // The value of k, inserted (last) with `v` if missing.
  V& emplace(const K& k, const V& v) {
    auto [it, inserted] = index.emplace(k, entries.size());
    if (inserted) {
      entries.emplace_back(k, v);
      live.push_back(1);
    }
    return entries[it->second].second;
  }
  void assign(const K& k, const V& v) {
    auto [it, inserted] = index.emplace(k, entries.size());
    if (inserted) {
      entries.emplace_back(k, v);
      live.push_back(1);
    } else {
      entries[it->second].second = v;
    }
  }
  std::optional<V> erase(const K& k) {
    auto it = index.find(k);
    if (it == index.end()) return std::nullopt;
    std::size_t pos = it->second;
    index.erase(it);
    std::optional<V> old(std::move(entries[pos].second));
    live[pos] = 0;
    if (entries.size() > 16 && index.size() * 2 < entries.size()) compact();
    return old;
  }
  void compact() {
    std::vector<std::pair<K, V>> kept;
    kept.reserve(index.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
      if (live[i]) {
        index[entries[i].first] = kept.size();
        kept.push_back(std::move(entries[i]));
      }
    entries.swap(kept);
    live.assign(entries.size(), 1);
  }
  void clear() {
    entries.clear();
    live.clear();
    index.clear();
  }
};

// Iterates the live entries of an ordered_table, projecting each to key, value or pair.
template <class Table, class Project>
class live_iterator {
 public:
  live_iterator(Table* t, std::size_t i) : t_(t), i_(i) { skip(); }
  decltype(auto) operator*() const { return Project{}(t_->entries[i_]); }
  live_iterator& operator++() {
    ++i_;
    skip();
    return *this;
  }
  bool operator==(const live_iterator& o) const { return i_ == o.i_; }

 private:
  void skip() {
    while (i_ < t_->entries.size() && !t_->live[i_]) ++i_;
  }
  Table* t_;
  std::size_t i_;
};
template <class Table, class Project>
struct live_range {
  Table* t;
  live_iterator<Table, Project> begin() const { return {t, 0}; }
  live_iterator<Table, Project> end() const { return {t, t->entries.size()}; }
};
struct project_key {
  template <class P>
  const auto& operator()(P& p) const {
    return p.first;
  }
};
struct project_value {
  template <class P>
  auto& operator()(P& p) const {
    return p.second;
  }
};
struct project_pair {
  template <class P>
  P& operator()(P& p) const {
    return p;
  }
};
}  // namespace detail

template <class K, class V>
class dict {
  using table = detail::ordered_table<K, V>;

 public:
  using key_type = K;
  using mapped_type = V;

  dict() : t_(std::make_shared<table>()) {}
  dict(std::initializer_list<std::pair<K, V>> init) : dict() {
    for (const auto& [k, v] : init) t_->assign(k, v);
  }
  // dict(pairs): from (key, value) pairs or tuples; a later pair wins over an earlier equal key.
  template <class Range>
    requires requires(const Range& r) { std::begin(r); }
  static dict from_range(const Range& r) {
    dict out;
    for (auto&& pair : r) out.t_->assign(static_cast<K>(std::get<0>(pair)), static_cast<V>(std::get<1>(pair)));
    return out;
  }

  std::int64_t len() const noexcept { return static_cast<std::int64_t>(t_->size()); }
  std::size_t size() const noexcept { return t_->size(); }
  bool empty() const noexcept { return t_->size() == 0; }
  explicit operator bool() const noexcept { return t_->size() != 0; }
  bool is(const dict& other) const noexcept { return t_ == other.t_; }

  // d[k] for reading: KeyError(repr(k)) when missing.
  V& operator[](const K& k) const { return at(k); }
  V& at(const K& k) const {
    V* v = t_->find(k);
    if (!v) [[unlikely]] raise_key_error(k);
    return *v;
  }
  // d[k] = v (also d[k] += x: at() then set(), as Python's get-then-set).
  void set(const K& k, const V& v) const { t_->assign(k, v); }
  bool contains(const K& k) const { return t_->find(k) != nullptr; }
  std::optional<V> get(const K& k) const {
    V* v = t_->find(k);
    return v ? std::optional<V>(*v) : std::nullopt;
  }
  V get(const K& k, const V& dflt) const {
    V* v = t_->find(k);
    return v ? *v : dflt;
  }
  V& setdefault(const K& k, const V& dflt) const { return t_->emplace(k, dflt); }
  V pop(const K& k) const {
    std::optional<V> v = t_->erase(k);
    if (!v) raise_key_error(k);
    return std::move(*v);
  }
  V pop(const K& k, const V& dflt) const {
    std::optional<V> v = t_->erase(k);
    return v ? std::move(*v) : dflt;
  }
  // del d[k]
  void del(const K& k) const {
    if (!t_->erase(k)) raise_key_error(k);
  }
  // d.popitem(): the last inserted pair; KeyError on an empty dict as CPython.
  std::pair<K, V> popitem() const {
    for (std::size_t i = t_->entries.size(); i-- > 0;)
      if (t_->live[i]) {
        std::pair<K, V> p = t_->entries[i];
        t_->erase(p.first);
        return p;
      }
    raise(python_error(exception_kind::KeyError, "'popitem(): dictionary is empty'", /*message_is_repr=*/true));
  }
  void update(const dict& other) const {
    if (other.t_ == t_) return;
    for (const auto& [k, v] : other.items()) t_->assign(k, v);
  }
  void clear() const { t_->clear(); }
  dict copy() const {
    dict out;
    out.update(*this);
    return out;
  }

  auto items() const { return detail::live_range<table, detail::project_pair>{t_.get()}; }
  auto keys() const { return detail::live_range<table, detail::project_key>{t_.get()}; }
  auto values() const { return detail::live_range<table, detail::project_value>{t_.get()}; }
  auto begin() const { return keys().begin(); }
  auto end() const { return keys().end(); }

  // Python's dict ==: same keys, equal values, order ignored.
  friend bool operator==(const dict& a, const dict& b) {
    if (a.size() != b.size()) return false;
    for (const auto& [k, v] : a.items()) {
      V* w = b.t_->find(k);
      if (!w || !item_eq(v, *w)) return false;
    }
    return true;
  }

 private:
  // CPython's KeyError message is repr(key): 'ab' for a str key, 5 for an int.
  [[noreturn, gnu::cold]] static void raise_key_error(const K& k) {
    throw python_error(exception_kind::KeyError, item_repr(k), /*message_is_repr=*/true);
  }
  std::shared_ptr<table> t_;
};

// repr(d): "{'a': 1, 'b': 2}"
template <class K, class V>
std::string repr(const dict<K, V>& d) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : d.items()) {
    if (!first) out += ", ";
    first = false;
    out += item_repr(k) + ": " + item_repr(v);
  }
  return out + "}";
}

}  // namespace pycxx
