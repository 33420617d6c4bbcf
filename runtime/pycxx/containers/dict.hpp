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
// is without the GIL). Entries (with their hashes, so that a probe compares keys only on a
// hash match and growing never re-hashes a key) live in a vector in insertion order; the
// index is open addressing with linear probing over a power-of-two array of entry positions,
// as CPython's dict: no allocation per key, one cache line per probe in the common case.
template <class K, class V>
struct ordered_table {
  std::vector<std::pair<K, V>> entries;
  std::vector<char> live;
  std::vector<std::size_t> hashes;  // of entries[i]'s key
  std::vector<std::int64_t> slots;  // entry position, or empty / deleted
  std::size_t count = 0;            // live entries
  std::size_t used = 0;             // slots not empty (live or deleted)

  static constexpr std::int64_t empty = -1, deleted = -2;

  std::size_t size() const noexcept { return count; }
  V* find(const K& k) {
    std::int64_t* slot = probe(k, mixed_hash(k));
    return *slot >= 0 ? &entries[static_cast<std::size_t>(*slot)].second : nullptr;
  }
  // The value of k, inserted (last) with `v` if missing.
  V& emplace(const K& k, const V& v) {
    std::size_t h = mixed_hash(k);
    std::int64_t* slot = probe(k, h);
    if (*slot < 0) slot = insert(slot, h, k, v);
    return entries[static_cast<std::size_t>(*slot)].second;
  }
  void assign(const K& k, const V& v) {
    std::size_t h = mixed_hash(k);
    std::int64_t* slot = probe(k, h);
    if (*slot < 0) insert(slot, h, k, v);
    else entries[static_cast<std::size_t>(*slot)].second = v;
  }
  std::optional<V> erase(const K& k) {
    std::int64_t* slot = probe(k, mixed_hash(k));
    if (*slot < 0) return std::nullopt;
    auto pos = static_cast<std::size_t>(*slot);
    *slot = deleted;
    --count;
    std::optional<V> old(std::move(entries[pos].second));
    live[pos] = 0;
    if (entries.size() > 16 && count * 2 < entries.size()) compact();
    return old;
  }
  void compact() {
    std::vector<std::pair<K, V>> kept;
    std::vector<std::size_t> kept_hashes;
    kept.reserve(count);
    kept_hashes.reserve(count);
    for (std::size_t i = 0; i < entries.size(); ++i)
      if (live[i]) {
        kept.push_back(std::move(entries[i]));
        kept_hashes.push_back(hashes[i]);
      }
    entries.swap(kept);
    hashes.swap(kept_hashes);
    live.assign(entries.size(), 1);
    rebuild(slots.size());
  }
  void clear() {
    entries.clear();
    live.clear();
    hashes.clear();
    slots.clear();
    count = used = 0;
  }

 private:
  // item_hash, spread over all bits (an int's hash is itself; the index uses the low bits).
  static std::size_t mixed_hash(const K& k) {
    std::uint64_t h = item_hash{}(k);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return static_cast<std::size_t>(h);
  }
  // The slot holding k, else the empty slot that ends k's probe sequence (the first
  // deleted slot on the way, if any, so that deleted slots are reused).
  std::int64_t* probe(const K& k, std::size_t h) {
    if (slots.empty()) rebuild(8);
    std::size_t mask = slots.size() - 1;
    std::int64_t* reuse = nullptr;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      std::int64_t& s = slots[i];
      if (s == empty) return reuse ? reuse : &s;
      if (s == deleted) {
        if (!reuse) reuse = &s;
      } else if (hashes[static_cast<std::size_t>(s)] == h && item_equal{}(entries[static_cast<std::size_t>(s)].first, k)) {
        return &s;
      }
    }
  }
  std::int64_t* insert(std::int64_t* slot, std::size_t h, const K& k, const V& v) {
    if (*slot == empty) ++used;
    *slot = static_cast<std::int64_t>(entries.size());
    entries.emplace_back(k, v);
    hashes.push_back(h);
    live.push_back(1);
    ++count;
    if (used * 3 >= slots.size() * 2) {  // keep the index at most two thirds full
      std::int64_t position = *slot;
      rebuild(slots.size() * (count * 3 >= slots.size() ? 2 : 1));
      return &slots[slot_of(position)];
    }
    return slot;
  }
  // Re-indexes the live entries into `capacity` slots (a power of two), dropping deleted ones.
  void rebuild(std::size_t capacity) {
    while (capacity * 2 < count * 3 + 1) capacity *= 2;
    slots.assign(capacity, empty);
    used = 0;
    std::size_t mask = capacity - 1;
    for (std::size_t pos = 0; pos < entries.size(); ++pos) {
      if (!live[pos]) continue;
      std::size_t i = hashes[pos] & mask;
      while (slots[i] != empty) i = (i + 1) & mask;
      slots[i] = static_cast<std::int64_t>(pos);
      ++used;
    }
  }
  std::size_t slot_of(std::int64_t position) const {
    std::size_t mask = slots.size() - 1;
    std::size_t i = hashes[static_cast<std::size_t>(position)] & mask;
    while (slots[i] != position) i = (i + 1) & mask;
    return i;
  }
};

// Iterates the live entries of an ordered_table, projecting each to key, value or pair. As
// CPython's dict and set iterators, each step first checks that the table's size is the one
// it had when the loop began (a loop that pops, adds or clears raises RuntimeError instead of
// reading a moved or freed entry); a dict also counts what it has yielded, so a loop whose
// pops and adds keep the size still stops with CPython's "keys changed" error. The checks are
// one compare each per step; entries are read by position, never through a pointer the body
// could invalidate.
enum class iteration_of { dict, set };
template <class Table, class Project, iteration_of Of>
class live_iterator {
 public:
  struct sentinel {};
  explicit live_iterator(Table* t) : t_(t), size_(t->count), remaining_(t->count) { skip(); }
  decltype(auto) operator*() const { return Project{}(t_->entries[i_]); }
  live_iterator& operator++() {
    ++i_;
    --remaining_;
    skip();
    return *this;
  }
  bool operator==(sentinel) const {
    if (t_->count != size_) [[unlikely]] changed_size();
    if (i_ >= t_->entries.size()) return true;
    if constexpr (Of == iteration_of::dict)
      if (remaining_ == 0) [[unlikely]] raise(exception_kind::RuntimeError, "dictionary keys changed during iteration");
    return false;
  }

 private:
  void skip() {
    while (i_ < t_->entries.size() && !t_->live[i_]) ++i_;
  }
  [[noreturn, gnu::cold]] static void changed_size() {
    raise(exception_kind::RuntimeError,
          Of == iteration_of::dict ? "dictionary changed size during iteration" : "Set changed size during iteration");
  }
  Table* t_;
  std::size_t i_ = 0;
  std::size_t size_;       // the live count when the loop began
  std::size_t remaining_;  // live entries not yet yielded, as CPython's di_len
};
// What `d.keys()`, `d.items()`, `for x in s` iterate: holds the table, so that a loop over
// `d.items()` keeps it alive even if the body rebinds `d`.
template <class Table, class Project, iteration_of Of = iteration_of::dict>
struct live_range {
  std::shared_ptr<Table> t;
  live_iterator<Table, Project, Of> begin() const { return live_iterator<Table, Project, Of>(t.get()); }
  typename live_iterator<Table, Project, Of>::sentinel end() const { return {}; }
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

  auto items() const { return detail::live_range<table, detail::project_pair>{t_}; }
  auto keys() const { return detail::live_range<table, detail::project_key>{t_}; }
  auto values() const { return detail::live_range<table, detail::project_value>{t_}; }
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

// repr(d): "{'a': 1, 'b': 2}"; repr_items shows each key and value with `show`.
template <class K, class V, class Show>
std::string repr_items(const dict<K, V>& d, Show show) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : d.items()) {
    if (!first) out += ", ";
    first = false;
    out += show(k) + ": " + show(v);
  }
  return out + "}";
}

template <class K, class V>
std::string repr(const dict<K, V>& d) {
  return repr_items(d, [](const auto& x) { return item_repr(x); });
}

}  // namespace pycxx
