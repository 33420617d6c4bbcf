// Indexing with Python's rules: integer indices (negative wrap, IndexError), slices with
// any step, newaxis and ellipsis as views; boolean masks and integer arrays read into a
// new array and write in place.
#include <catch2/catch.hpp>

#include "pycxx/array.hpp"

using namespace pycxx;

namespace {
ndarray<double, 2> grid(index_t r, index_t c) {
  ndarray<double, 2> a({r, c});
  for (index_t i = 0; i < r; ++i)
    for (index_t j = 0; j < c; ++j) a(i, j) = 10.0 * i + j;
  return a;
}
}  // namespace

TEST_CASE("slices follow Python's rules, including negative steps", "[index]") {
  auto a = ndarray<double, 1>::from_list({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  auto check = [&](slice s, std::vector<double> expect) {
    ndarray<double, 1> v = view(a, s);
    REQUIRE(v.size() == static_cast<index_t>(expect.size()));
    for (std::size_t k = 0; k < expect.size(); ++k) CHECK(v(k) == expect[k]);
  };
  check({2, 5, 1}, {2, 3, 4});
  check({slice_none, slice_none, -1}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0});
  check({-2, slice_none, 1}, {8, 9});
  check({8, 2, -3}, {8, 5});
  check({slice_none, -12, -1}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0});
  check({100, slice_none, 1}, {});
  check({slice_none, slice_none, 4}, {0, 4, 8});
  check({-100, 3, 1}, {0, 1, 2});
  REQUIRE_THROWS_WITH(view(a, slice{0, 5, 0}), "slice step cannot be zero");
  ndarray<double, 1> v = view(a, slice{1, 9, 2});
  at(v, 0) = -1.0;  // a view writes through
  CHECK(a(1) == -1.0);
}

TEST_CASE("integer indices, newaxis and ellipsis", "[index]") {
  auto a = grid(3, 4);
  CHECK(at(a, -1, -1) == 23.0);
  CHECK(getitem(a, 1, 2) == 12.0);
  REQUIRE_THROWS_WITH(at(a, 3, 0), "index 3 is out of bounds for axis 0 with size 3");
  REQUIRE_THROWS_WITH(at(a, 0, -5), "index -5 is out of bounds for axis 1 with size 4");
  REQUIRE_THROWS_AS(at(a, 0, -5), python_error);
  auto row = view(a, -1);
  STATIC_REQUIRE(decltype(row)::rank == 1);
  CHECK(row(3) == 23.0);
  auto col = view(a, ellipsis, 2);
  CHECK((col.shape() == shape_t<1>{3} && col(2) == 22.0));
  auto e = view(a, newaxis, slice{}, newaxis, slice{slice_none, slice_none, -2});
  STATIC_REQUIRE(decltype(e)::rank == 4);
  CHECK(e.shape() == shape_t<4>{1, 3, 1, 2});
  CHECK(e(0, 2, 0, 1) == 21.0);
  ndarray<double, 2> sum_bc = view(a, slice{}, 0, newaxis) * 0.0 + view(a, 0);  // (3,1) + (4,) -> (3,4)
  CHECK((sum_bc.shape() == shape_t<2>{3, 4} && sum_bc(2, 3) == 3.0));
  auto sub = getitem(a, slice{1}, slice{1, 3});
  CHECK((sub.shape() == shape_t<2>{2, 2} && sub(1, 1) == 22.0));
}

TEST_CASE("boolean masks read into a new array and write in place", "[index]") {
  auto a = grid(3, 4);
  ndarray<double, 1> big = getitem(a, a > 15.0);
  REQUIRE(big.size() == 4);
  CHECK((big(0) == 20.0 && big(3) == 23.0));
  ndarray<bool, 1> rows = ndarray<bool, 1>::from_list({true, false, true});
  ndarray<double, 2> picked = getitem(a, rows);
  CHECK((picked.shape() == shape_t<2>{2, 4} && picked(1, 0) == 20.0));
  setitem(a, a > 15.0, 0.0);
  CHECK((a(2, 3) == 0.0 && a(1, 3) == 13.0));
  setitem(a, a < 5.0, getitem(a, a < 5.0) + 100.0);  // a[m] = a[m] + 100
  CHECK((a(0, 0) == 100.0 && a(2, 0) == 100.0 && a(1, 1) == 11.0));
  REQUIRE_THROWS_WITH(getitem(a, ndarray<bool, 1>({2}, true)),
                      "boolean index did not match indexed array along axis 0; size of axis is 3 but size of "
                      "corresponding boolean axis is 2");
}

TEST_CASE("integer arrays index axis 0 (fancy indexing)", "[index]") {
  auto a = grid(4, 2);
  auto idx = ndarray<std::int64_t, 1>::from_list({3, -4, 1, 3});
  ndarray<double, 2> t = getitem(a, idx);
  CHECK((t.shape() == shape_t<2>{4, 2} && t(0, 1) == 31.0 && t(1, 0) == 0.0 && t(3, 0) == 30.0));
  setitem(a, ndarray<std::int64_t, 1>::from_list({0, 2}), -1.0);
  CHECK((a(0, 1) == -1.0 && a(2, 0) == -1.0 && a(1, 0) == 10.0));
  REQUIRE_THROWS_WITH(getitem(a, ndarray<std::int64_t, 1>::from_list({4})), "index 4 is out of bounds for axis 0 with size 4");
  ndarray<std::int64_t, 2> idx2({2, 2}, 1);
  auto t2 = getitem(ndarray<double, 1>::from_list({5, 6}), idx2);
  CHECK((t2.shape() == shape_t<2>{2, 2} && t2(1, 1) == 6.0));
}

TEST_CASE("reshape and ravel: views of C-contiguous arrays, copies otherwise", "[index]") {
  auto a = grid(2, 3);
  auto r = reshape(a, shape_t<3>{3, -1, 1});
  CHECK((r.shape() == shape_t<3>{3, 2, 1} && r.data() == a.data() && r(2, 1, 0) == 12.0));
  auto t = ravel(transpose(a));  // not contiguous: a copy in C order of the transpose
  CHECK((t.size() == 6 && t.data() != a.data() && t(1) == 10.0));
  REQUIRE_THROWS_WITH(reshape(a, shape_t<1>{4}), "cannot reshape array of size 6 into shape (4,)");
  REQUIRE_THROWS_WITH(reshape(a, shape_t<2>{-1, -1}), "can only specify one unknown dimension");
}

TEST_CASE("take along any axis (a[:, idx])", "[index]") {
  auto a = grid(3, 4);
  auto cols = take(a, ndarray<std::int64_t, 1>::from_list({3, 0, -1}), 1);
  CHECK((cols.shape() == shape_t<2>{3, 3} && cols(2, 0) == 23.0 && cols(1, 1) == 10.0 && cols(0, 2) == 3.0));
  ndarray<std::int32_t, 2> idx2({2, 2}, 2);
  auto t = take(a, idx2, -1);
  CHECK((t.shape() == shape_t<3>{3, 2, 2} && t(1, 1, 1) == 12.0));
  REQUIRE_THROWS_WITH(take(a, ndarray<std::int64_t, 1>::from_list({4}), 1), "index 4 is out of bounds for axis 1 with size 4");
  REQUIRE_THROWS_WITH(take(a, ndarray<std::int64_t, 1>::from_list({0}), 2), "axis 2 is out of bounds for array of dimension 2");
}

TEST_CASE("two integer arrays index a pair of axes (a[rows, cols])", "[index]") {
  auto a = grid(3, 4);
  auto rows = ndarray<std::int64_t, 1>::from_list({0, 2, -1});
  auto cols = ndarray<std::int64_t, 1>::from_list({1, 3, 0});
  ndarray<double, 1> picked = getitem(a, rows, cols);
  CHECK((picked.size() == 3 && picked(0) == 1.0 && picked(1) == 23.0 && picked(2) == 20.0));
  ndarray<std::int64_t, 2> r2({2, 1}, 1), c2({1, 3}, 2);  // broadcast to (2, 3)
  c2(0, 0) = 0;
  auto grid_pick = getitem(a, r2, c2);
  CHECK((grid_pick.shape() == shape_t<2>{2, 3} && grid_pick(1, 0) == 10.0 && grid_pick(1, 2) == 12.0));
  setitem(a, rows, cols, -1.0);
  CHECK((a(0, 1) == -1.0 && a(2, 3) == -1.0 && a(2, 0) == -1.0 && a(1, 1) == 11.0));
  REQUIRE_THROWS_WITH(getitem(a, rows, ndarray<std::int64_t, 1>::from_list({0, 0, 4})),
                      "index 4 is out of bounds for axis 1 with size 4");
}
