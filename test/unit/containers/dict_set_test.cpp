// pycxx::dict and pycxx::set against CPython: insertion order, aliasing, KeyError messages
// (str(e) as python3 prints it: the repr of the key), set algebra, keys of every scalar type.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "raises.hpp"

using pycxx::dict;
using pycxx::str;
using i64 = std::int64_t;

TEST_CASE("dict keeps insertion order through deletion and re-insertion") {
  dict<str, i64> d{{"a", 1}, {"b", 2}, {"c", 3}};
  d.del(str("b"));
  d.set(str("b"), 4);
  CHECK(repr(d) == "{'a': 1, 'c': 3, 'b': 4}");
  d.set(str("a"), 9);  // assigning an existing key keeps its place
  CHECK(repr(d) == "{'a': 9, 'c': 3, 'b': 4}");
  std::vector<i64> values;
  for (i64 v : d.values()) values.push_back(v);
  CHECK(values == std::vector<i64>{9, 3, 4});
  std::string keys;
  for (const str& k : d.keys()) keys += k.bytes();
  CHECK(keys == "acb");
  for (auto& [k, v] : d.items()) v += 1;  // values are writable through items()
  CHECK(d.at(str("c")) == 4);
}

TEST_CASE("dict order survives compaction after many deletions") {
  dict<i64, i64> d;
  for (i64 i = 0; i < 100; ++i) d.set(i, i * i);
  for (i64 i = 0; i < 100; ++i)
    if (i % 10 != 3) d.del(i);
  CHECK(d.len() == 10);
  CHECK(repr(d) == "{3: 9, 13: 169, 23: 529, 33: 1089, 43: 1849, 53: 2809, 63: 3969, 73: 5329, 83: 6889, 93: 8649}");
  d.set(0, 0);
  CHECK(d.at(93) == 8649);
}

TEST_CASE("dict against a reference model through random inserts, updates and deletions") {
  // The open-addressing index: collisions (keys that differ in high bits only), deleted
  // slots reused, growth and compaction, all while keeping insertion order.
  dict<i64, i64> d;
  std::vector<std::pair<i64, i64>> model;  // in insertion order
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  for (int step = 0; step < 20000; ++step) {
    i64 key = static_cast<i64>(next() % 300) << 40;  // equal low bits: every key collides before mixing
    auto it = std::find_if(model.begin(), model.end(), [&](const auto& p) { return p.first == key; });
    if (next() % 3 == 0) {
      CHECK(d.pop(key, i64{-1}) == (it == model.end() ? -1 : it->second));
      if (it != model.end()) model.erase(it);
    } else {
      i64 value = static_cast<i64>(next() % 1000);
      d.set(key, value);
      if (it == model.end()) model.emplace_back(key, value);
      else it->second = value;
    }
    if (step % 997 == 0) {
      REQUIRE(d.len() == static_cast<i64>(model.size()));
      std::size_t i = 0;
      for (auto& [k, v] : d.items()) {
        REQUIRE(i < model.size());
        CHECK(k == model[i].first);
        CHECK(v == model[i].second);
        ++i;
      }
      for (const auto& [k, v] : model) CHECK(d.at(k) == v);
    }
  }
  d.clear();
  CHECK(d.len() == 0);
  CHECK(!d.contains(i64{0}));
  d.set(i64{7}, i64{1});
  CHECK(d.at(i64{7}) == 1);
}

TEST_CASE("sorted(d.items()) as a list of tuples") {
  dict<str, i64> d{{"b", 2}, {"a", 3}, {"c", 1}};
  auto pairs = pycxx::list<std::tuple<str, i64>>::from_range(d.items());
  pairs.sort([](const std::tuple<str, i64>& t) { return std::get<1>(t); }, true);
  CHECK(repr(pairs) == "[('a', 3), ('b', 2), ('c', 1)]");
  auto keys = pycxx::list<str>::from_range(d.keys());
  keys.sort();
  CHECK(repr(keys) == "['a', 'b', 'c']");
}

TEST_CASE("dict copies alias; copy() does not") {
  dict<i64, i64> a;
  dict<i64, i64> b = a;
  b.set(1, 2);
  CHECK(a.len() == 1);
  CHECK(a.is(b));
  dict<i64, i64> c = a.copy();
  c.set(5, 5);
  CHECK(a.len() == 1);
}

TEST_CASE("dict lookups, KeyError messages, get, setdefault, pop, update") {
  dict<str, i64> d{{"ab", 1}};
  CHECK(d[str("ab")] == 1);
  REQUIRE_RAISES(d[str("zz")], KeyError, "'zz'");
  REQUIRE_RAISES(d.pop(str("it's")), KeyError, "\"it's\"");
  dict<i64, double> n;
  REQUIRE_RAISES(n.at(5), KeyError, "5");
  REQUIRE_RAISES(n.del(-3), KeyError, "-3");
  dict<std::tuple<i64, str>, i64> t{{{1, "a"}, 2}};
  REQUIRE_RAISES(t.at({2, "b"}), KeyError, "(2, 'b')");
  CHECK(t.at({1, "a"}) == 2);
  CHECK(!d.get(str("x")).has_value());
  CHECK(d.get(str("ab")).value() == 1);
  CHECK(d.get(str("x"), 7) == 7);
  CHECK(d.setdefault(str("x"), 3) == 3);
  CHECK(d.setdefault(str("x"), 8) == 3);
  d.setdefault(str("l"), 0) += 5;  // counts[w] pattern through setdefault's reference
  CHECK(d.at(str("l")) == 5);
  CHECK(d.pop(str("x")) == 3);
  CHECK(d.pop(str("x"), -1) == -1);
  CHECK(d.contains(str("ab")));
  CHECK(!d.contains(str("x")));
  dict<str, i64> e{{"ab", 10}, {"new", 1}};
  d.update(e);
  CHECK(repr(d) == "{'ab': 10, 'l': 5, 'new': 1}");
  auto [k, v] = d.popitem();
  CHECK(k == str("new"));
  CHECK(v == 1);
  d.clear();
  CHECK(d.len() == 0);
  REQUIRE_RAISES(d.popitem(), KeyError, "'popitem(): dictionary is empty'");
  CHECK(dict<i64, i64>{{1, 2}, {3, 4}} == dict<i64, i64>{{3, 4}, {1, 2}});
  CHECK(!(dict<i64, i64>{{1, 2}} == dict<i64, i64>{{1, 3}}));
}

TEST_CASE("keys follow Python equality: -0.0 == 0.0, integral floats, bools") {
  dict<double, i64> d;
  d.set(0.0, 1);
  d.set(-0.0, 2);
  CHECK(d.len() == 1);
  CHECK(d.at(0.0) == 2);
  d.set(1.0, 3);
  CHECK(d.at(static_cast<double>(std::int64_t{1})) == 3);  // d[1] on dict[float, int]
  CHECK(repr(d) == "{0.0: 2, 1.0: 3}");
  dict<bool, str> b{{true, "t"}};
  CHECK(b.at(true) == str("t"));
  REQUIRE_RAISES(b.at(false), KeyError, "False");
}

TEST_CASE("set add, discard, remove, pop, in, len") {
  pycxx::set<i64> s{3, 1, 3};
  CHECK(s.len() == 2);
  s.add(2);
  CHECK(s.contains(2));
  s.discard(7);  // no error
  s.discard(3);
  CHECK(!s.contains(3));
  REQUIRE_RAISES(s.remove(3), KeyError, "3");
  pycxx::set<str> w;
  REQUIRE_RAISES(w.remove(str("x")), KeyError, "'x'");
  REQUIRE_RAISES(w.pop(), KeyError, "'pop from an empty set'");
  CHECK(repr(w) == "set()");
  pycxx::set<i64> alias = s;
  alias.add(10);
  CHECK(s.contains(10));
  i64 popped = s.pop();
  CHECK(!s.contains(popped));
  CHECK(s.len() == 2);
}

TEST_CASE("set operators as Python's") {
  using S = pycxx::set<i64>;
  S s{1, 2, 3};
  CHECK((s | S{4}) == S{1, 2, 3, 4});
  CHECK((s & S{2, 9}) == S{2});
  CHECK((s - S{1}) == S{2, 3});
  CHECK((s ^ S{3, 4}) == S{1, 2, 4});
  CHECK(S{1} <= s);
  CHECK(!(s < s));
  CHECK(S{1, 2} < s);
  CHECK(s >= S{});
  CHECK(!(S{5} <= s));
  S t = s;
  t -= S{1};
  CHECK(!s.contains(1));  // in place: the alias sees it
  t |= S{8};
  t &= S{2, 8};
  CHECK(s == S{2, 8});
  t ^= S{2, 5};
  CHECK(s == S{8, 5});
  CHECK(S{1, 2}.isdisjoint(S{3}));
  CHECK(!S{1, 2}.isdisjoint(S{2}));
  CHECK(S{1}.issubset(S{1, 2}));
  CHECK(S{1, 2}.issuperset(S{2}));
  CHECK(S{1}.union_(S{2}) == S{1, 2});
  CHECK(S{1, 2}.intersection(S{2, 3}) == S{2});
  CHECK(S{1, 2}.difference(S{2}) == S{1});
  CHECK(S{1, 2}.symmetric_difference(S{2, 3}) == S{1, 3});
  S u{1};
  u.update(S{4});
  u.difference_update(S{1});
  CHECK(u == S{4});
  pycxx::set<std::tuple<i64, i64>> pairs{{1, 2}, {1, 2}, {2, 1}};
  CHECK(pairs.len() == 2);
}

// Mutating a dict or set inside a loop over it: CPython's RuntimeError, never a read of a
// moved or freed entry (run under the sanitizer job too).
TEST_CASE("a dict or set changed in a loop over it raises CPython's RuntimeError") {
  auto pop_all = [](dict<i64, i64> d) {
    for (i64 k : d) d.pop(k);
  };
  REQUIRE_RAISES(pop_all(dict<i64, i64>{{1, 1}, {2, 2}}), RuntimeError, "dictionary changed size during iteration");
  auto clear_in_loop = [](dict<str, i64> d) {
    for (const auto& pair : d.items()) {
      (void)pair;
      d.clear();
    }
  };
  REQUIRE_RAISES(clear_in_loop(dict<str, i64>{{"a", 1}}), RuntimeError, "dictionary changed size during iteration");
  auto grow = [](dict<i64, i64> d) {
    for (i64 v : d.values()) d.set(v + 100, 0);  // many inserts: the entries vector moves
  };
  REQUIRE_RAISES(grow(dict<i64, i64>{{1, 1}, {2, 2}}), RuntimeError, "dictionary changed size during iteration");
  // Same size, keys changed: CPython's second message once the loop has yielded `len` keys.
  auto swap_key = [](dict<i64, i64> d) {
    std::vector<i64> seen;
    for (i64 k : d) {
      seen.push_back(k);
      if (k == 1) {
        d.del(1);
        d.set(1000, 0);
      }
    }
    return seen;
  };
  REQUIRE_RAISES(swap_key(dict<i64, i64>{{1, 0}}), RuntimeError, "dictionary keys changed during iteration");
  // Assigning existing keys and breaking right after a pop are fine, as in CPython.
  dict<i64, i64> d{{1, 1}, {2, 2}};
  for (i64 k : d) d.set(k, k * 10);
  CHECK(d == dict<i64, i64>{{1, 10}, {2, 20}});
  for (i64 k : d) {
    d.pop(k);
    break;
  }
  CHECK(d.len() == 1);
  auto discard_all = [](pycxx::set<i64> s) {
    for (i64 x : s) s.discard(x);
  };
  REQUIRE_RAISES(discard_all(pycxx::set<i64>{1, 2, 3}), RuntimeError, "Set changed size during iteration");
  auto add_more = [](pycxx::set<i64> s) {
    for (i64 x : s) s.add(x + 1000);
  };
  REQUIRE_RAISES(add_more(pycxx::set<i64>{1}), RuntimeError, "Set changed size during iteration");
}
