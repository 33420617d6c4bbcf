// pycxx::list against CPython: aliasing, indexing, slicing, methods, sort, operators.
// Expected values and messages are what python3 prints for the same expressions.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "pycxx/containers/list.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/scalar/range.hpp"
#include "raises.hpp"

using pycxx::list;
using pycxx::slice;
using i64 = std::int64_t;

template <class T>
static std::vector<T> items(const list<T>& l) {
  return std::vector<T>(l.begin(), l.end());
}

TEST_CASE("list copies alias, as b = a in Python") {
  list<i64> a{1, 2};
  list<i64> b = a;
  b.append(3);
  CHECK(a.len() == 3);
  CHECK(a.is(b));
  list<i64> c = a.copy();
  c.append(4);
  CHECK(a.len() == 3);
  CHECK(!a.is(c));
}

TEST_CASE("list indexing wraps negatives and raises IndexError") {
  list<i64> a{10, 20, 30};
  CHECK(a[0] == 10);
  CHECK(a[-1] == 30);
  CHECK(a[-3] == 10);
  REQUIRE_RAISES(a[3], IndexError, "list index out of range");
  REQUIRE_RAISES(a[-4], IndexError, "list index out of range");
  a.set(-1, 7);
  CHECK(a[2] == 7);
  REQUIRE_RAISES(a.set(3, 1), IndexError, "list assignment index out of range");
  a.del(0);
  CHECK(items(a) == std::vector<i64>{20, 7});
  REQUIRE_RAISES(a.del(5), IndexError, "list assignment index out of range");
  list<i64> empty;
  REQUIRE_RAISES(empty[0], IndexError, "list index out of range");
}

TEST_CASE("list slicing with steps gives a new list") {
  list<i64> a{0, 1, 2, 3, 4, 5};
  CHECK(items(a.slice({1, 4, pycxx::slice_none})) == std::vector<i64>{1, 2, 3});
  CHECK(items(a.slice({pycxx::slice_none, pycxx::slice_none, -1})) == std::vector<i64>{5, 4, 3, 2, 1, 0});
  CHECK(items(a.slice({pycxx::slice_none, pycxx::slice_none, 2})) == std::vector<i64>{0, 2, 4});
  CHECK(items(a.slice({-2, pycxx::slice_none, pycxx::slice_none})) == std::vector<i64>{4, 5});
  CHECK(items(a.slice({-100, 100, pycxx::slice_none})) == std::vector<i64>{0, 1, 2, 3, 4, 5});
  CHECK(items(a.slice({4, 1, -2})) == std::vector<i64>{4, 2});
  CHECK(items(a.slice({10, pycxx::slice_none, -3})) == std::vector<i64>{5, 2});
  CHECK(a.slice({3, 1, pycxx::slice_none}).len() == 0);
  CHECK(a.slice({-1, -7, -1}).len() == 6);  // a[-1:-7:-1] == [5, 4, 3, 2, 1, 0]
  REQUIRE_RAISES(a.slice({pycxx::slice_none, pycxx::slice_none, 0}), ValueError, "slice step cannot be zero");
  list<i64> s = a.slice({});
  s.append(9);
  CHECK(a.len() == 6);
}

TEST_CASE("list append, extend, insert, pop") {
  list<i64> a;
  a.append(1);
  a.extend(list<i64>{2, 3});
  a.extend(a);  // a.extend(a) doubles it
  CHECK(items(a) == std::vector<i64>{1, 2, 3, 1, 2, 3});
  a.insert(0, 0);
  a.insert(-1, 9);    // before the last item
  a.insert(100, 7);   // clamped to the end
  a.insert(-100, 5);  // clamped to the front
  CHECK(items(a) == std::vector<i64>{5, 0, 1, 2, 3, 1, 2, 9, 3, 7});
  CHECK(a.pop() == 7);
  CHECK(a.pop(0) == 5);
  CHECK(a.pop(-2) == 9);
  REQUIRE_RAISES(a.pop(10), IndexError, "pop index out of range");
  list<i64> e;
  REQUIRE_RAISES(e.pop(), IndexError, "pop from empty list");
  REQUIRE_RAISES(e.pop(0), IndexError, "pop from empty list");
  list<i64> b = a;
  b += list<i64>{4};
  CHECK(a[-1] == 4);  // += extends in place: aliases see it
}

TEST_CASE("list index, count, remove, in use Python equality") {
  list<double> a{1.0, 2.5, 1.0};
  CHECK(a.index(1.0) == 0);
  CHECK(a.index(std::int64_t{1}) == 0);  // 1 == 1.0
  CHECK(a.count(1.0) == 2);
  CHECK(a.contains(2.5));
  CHECK(!a.contains(3.0));
  REQUIRE_RAISES(a.index(3.0), ValueError, "3.0 is not in list");
  list<i64> b{1, 2};
  REQUIRE_RAISES(b.index(5), ValueError, "5 is not in list");
  list<pycxx::str> s{"a"};
  REQUIRE_RAISES(s.index(pycxx::str("b")), ValueError, "'b' is not in list");
  list<i64> c{1, 2, 1, 2};
  CHECK(c.index(2, 2) == 3);
  CHECK(c.index(1, -2) == 2);
  REQUIRE_RAISES(c.index(2, 0, 1), ValueError, "2 is not in list");
  REQUIRE_RAISES(c.index(1, 3, 100), ValueError, "1 is not in list");
  list<std::optional<i64>> maybe{std::nullopt, 3};
  CHECK(repr(maybe) == "[None, 3]");
  b.remove(1);
  CHECK(items(b) == std::vector<i64>{2});
  REQUIRE_RAISES(b.remove(7), ValueError, "list.remove(x): x not in list");
  list<double> n{NAN};
  CHECK(!n.contains(NAN));  // nan != nan (CPython finds the same object only by identity)
}

TEST_CASE("list sort is stable, with key and reverse as CPython") {
  list<i64> a{3, 1, 2, 1};
  a.sort();
  CHECK(items(a) == std::vector<i64>{1, 1, 2, 3});
  a.sort(true);
  CHECK(items(a) == std::vector<i64>{3, 2, 1, 1});
  // sorted([(1,'b'),(0,'c'),(1,'a'),(0,'d')], key=lambda t: t[0], reverse=True)
  using P = std::tuple<i64, pycxx::str>;
  list<P> p{{1, "b"}, {0, "c"}, {1, "a"}, {0, "d"}};
  p.sort([](const P& t) { return std::get<0>(t); }, true);
  CHECK(repr(p) == "[(1, 'b'), (1, 'a'), (0, 'c'), (0, 'd')]");
  p.sort([](const P& t) { return std::get<0>(t); });
  CHECK(repr(p) == "[(0, 'c'), (0, 'd'), (1, 'b'), (1, 'a')]");
  p.sort();  // tuples: lexicographic
  CHECK(repr(p) == "[(0, 'c'), (0, 'd'), (1, 'a'), (1, 'b')]");
  int calls = 0;
  list<i64> k{5, -6, 3};
  k.sort([&](i64 x) { ++calls; return x < 0 ? -x : x; });
  CHECK(calls == 3);
  CHECK(items(k) == std::vector<i64>{3, 5, -6});
  list<pycxx::str> words{"pear", "Apple", "fig"};
  words.sort();
  CHECK(repr(words) == "['Apple', 'fig', 'pear']");
}

TEST_CASE("list(iterable) and sorted(d.items()) build new lists") {
  auto r = list<i64>::from_range(pycxx::range(2, 11, 3));  // list(range(2, 11, 3))
  CHECK(items(r) == std::vector<i64>{2, 5, 8});
  auto again = list<i64>::from_range(r);
  again.append(0);
  CHECK(r.len() == 3);
}

TEST_CASE("list reversed, reverse, + and *") {
  list<i64> a{1, 2, 3};
  std::vector<i64> back;
  for (i64 x : a.reversed()) back.push_back(x);
  CHECK(back == std::vector<i64>{3, 2, 1});
  a.reverse();
  CHECK(items(a) == std::vector<i64>{3, 2, 1});
  list<i64> c = a + list<i64>{4};
  CHECK(items(c) == std::vector<i64>{3, 2, 1, 4});
  CHECK(a.len() == 3);
  list<bool> flags = list<bool>{true} * 4;
  CHECK(flags.len() == 4);
  flags[1] = false;  // list[bool] hands out bool&
  CHECK(repr(flags) == "[True, False, True, True]");
  CHECK((list<i64>{1, 2} * 0).len() == 0);
  CHECK((list<i64>{1, 2} * -3).len() == 0);
  CHECK(items(2 * list<i64>{7}) == std::vector<i64>{7, 7});
  // [[0]] * 2: both items are one inner list, as in Python
  list<list<i64>> grid = list<list<i64>>{list<i64>{0}} * 2;
  grid[0].append(1);
  CHECK(grid[1].len() == 2);
}

TEST_CASE("list equality and ordering as Python orders lists") {
  CHECK(list<i64>{1, 2} == list<i64>{1, 2});
  CHECK(!(list<i64>{1, 2} == list<i64>{1, 2, 3}));
  CHECK(list<i64>{1, 2} < list<i64>{1, 2, 3});
  CHECK(list<i64>{1, 3} > list<i64>{1, 2, 3});
  CHECK(list<i64>{} < list<i64>{0});
  CHECK(list<i64>{1, 2} <= list<i64>{1, 2});
  CHECK(list<i64>{2} >= list<i64>{1, 9});
  CHECK(!(list<double>{NAN} == list<double>{NAN}));
  CHECK(repr(list<double>{0.1, -0.0, 1e16}) == "[0.1, -0.0, 1e+16]");
  CHECK(repr(list<i64>{}) == "[]");
  CHECK(pycxx::item_lt(std::tuple<i64, i64>{1, 2}, std::tuple<i64, i64>{1, 3}));
  CHECK(!pycxx::item_lt(std::tuple<double, i64>{NAN, 2}, std::tuple<double, i64>{NAN, 3}));  // nan first: < false
}

TEST_CASE("list slice assignment and deletion as CPython") {
  list<i64> a{0, 1, 2, 3, 4, 5};
  a.set_slice({1, 3, pycxx::slice_none}, list<i64>{9, 9, 9});
  CHECK(items(a) == std::vector<i64>{0, 9, 9, 9, 3, 4, 5});
  list<i64> b{0, 1, 2, 3, 4, 5};
  b.set_slice({pycxx::slice_none, pycxx::slice_none, 2}, list<i64>{7, 7, 7});
  CHECK(items(b) == std::vector<i64>{7, 1, 7, 3, 7, 5});
  REQUIRE_RAISES(b.set_slice({pycxx::slice_none, pycxx::slice_none, 2}, list<i64>{1}), ValueError,
                 "attempt to assign sequence of size 1 to extended slice of size 3");
  list<i64> c{0, 1, 2};
  c.set_slice({5, pycxx::slice_none, pycxx::slice_none}, list<i64>{8});
  CHECK(items(c) == std::vector<i64>{0, 1, 2, 8});
  c.set_slice({pycxx::slice_none, pycxx::slice_none, -1}, list<i64>{1, 2, 3, 4});
  CHECK(items(c) == std::vector<i64>{4, 3, 2, 1});
  c.set_slice({}, c);  // a[:] = a
  CHECK(items(c) == std::vector<i64>{4, 3, 2, 1});
  list<i64> d{0, 1, 2, 3, 4, 5};
  d.del_slice({pycxx::slice_none, pycxx::slice_none, 2});
  CHECK(items(d) == std::vector<i64>{1, 3, 5});
  list<i64> e{0, 1, 2, 3, 4, 5};
  e.del_slice({-2, pycxx::slice_none, pycxx::slice_none});
  CHECK(items(e) == std::vector<i64>{0, 1, 2, 3});
  list<i64> f{0, 1, 2, 3, 4, 5, 6};
  f.del_slice({5, pycxx::slice_none, -2});  // del a[5::-2] removes 5, 3, 1
  CHECK(items(f) == std::vector<i64>{0, 2, 4, 6});
  f.del_slice({3, 1, pycxx::slice_none});  // empty: nothing
  CHECK(f.len() == 4);
}
