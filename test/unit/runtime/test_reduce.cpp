// Reductions (fused with their expression; axis None/int/tuple, keepdims, dtype; numpy's
// errors), pairwise summation accuracy, and scans.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "pycxx/array.hpp"

using namespace pycxx;

namespace {
ndarray<double, 3> cube() {
  ndarray<double, 3> a({2, 3, 4});
  for (index_t k = 0; k < a.size(); ++k) a.data()[k] = static_cast<double>(k);
  return a;
}
}  // namespace

TEST_CASE("sum, prod, mean over all axes, one axis, a tuple, with keepdims", "[reduce]") {
  auto a = cube();
  CHECK(sum(a) == 276.0);
  CHECK(mean(a) == 11.5);
  auto s0 = sum(a, 0);
  STATIC_REQUIRE(decltype(s0)::rank == 2);
  CHECK((s0.shape() == shape_t<2>{3, 4} && s0(2, 3) == 11 + 23));
  auto s12 = sum(a, std::array<index_t, 2>{-1, 1});
  CHECK((s12.shape() == shape_t<1>{2} && s12(0) == 66.0 && s12(1) == 210.0));
  auto sk = sum(a, 1, keepdims);
  CHECK((sk.shape() == shape_t<3>{2, 1, 4} && sk(1, 0, 0) == 12 + 16 + 20));
  auto all_keep = sum(a, keepdims);
  CHECK((all_keep.shape() == shape_t<3>{1, 1, 1} && all_keep(0, 0, 0) == 276.0));
  auto m2 = mean(a * 2.0, 2);
  CHECK(m2(1, 2) == 2.0 * (20 + 21 + 22 + 23) / 4.0);
  auto small = ndarray<std::int8_t, 1>({300}, 100);
  STATIC_REQUIRE(std::is_same_v<decltype(sum(small)), std::int64_t>);  // numpy widens
  CHECK(sum(small) == 30000);
  CHECK(sum<std::int8_t>(small) == static_cast<std::int8_t>(30000 % 256));  // dtype= wraps
  CHECK(prod(view(a, 0, 1)) == 4.0 * 5 * 6 * 7);
  REQUIRE_THROWS_WITH(sum(a, 3), "axis 3 is out of bounds for array of dimension 3");
  REQUIRE_THROWS_WITH(sum(a, std::array<index_t, 2>{0, -3}), "duplicate value in 'axis'");
  CHECK(sum(ndarray<double, 1>({0})) == 0.0);
  CHECK(std::isnan(mean(ndarray<double, 1>({0}))));
}

TEST_CASE("min, max, argmin, argmax with NaN and empty inputs", "[reduce]") {
  auto a = cube();
  CHECK((max(a) == 23.0 && min(a - 5.0) == -5.0 && argmax(a) == 23 && argmin(-a) == 23));
  auto am = argmax(a * -1.0 + 3.0, 1);
  CHECK((am.shape() == shape_t<2>{2, 4} && am(0, 0) == 0));
  auto t = transpose(a);  // argmax counts in C order of the logical array, not memory
  CHECK(argmax(t) == 23);
  CHECK(at(t, 3, 2, 1) == 23.0);
  auto n = ndarray<double, 1>::from_list({1, std::nan(""), 5, std::nan("")});
  CHECK((std::isnan(max(n)) && argmax(n) == 1 && argmin(n) == 1));
  REQUIRE_THROWS_WITH(max(ndarray<double, 1>({0})), "zero-size array to reduction operation maximum which has no identity");
  REQUIRE_THROWS_WITH(argmin(ndarray<double, 1>({0})), "attempt to get argmin of an empty sequence");
  ndarray<double, 2> e({0, 3});
  CHECK(max(e, 1).size() == 0);
  REQUIRE_THROWS_AS(max(e, 0), python_error);
  CHECK((any(a > 22.0) && !all(a > 0.0) && all(a >= 0.0)));
  auto anyr = any(a > 20.0, 2);
  CHECK((anyr(1, 2) && !anyr(0, 0)));
}

TEST_CASE("axis reductions accumulate rows when the kept axis is innermost, with SIMD", "[reduce]") {
  ndarray<double, 2> a({64, 48});
  for (index_t k = 0; k < a.size(); ++k) a.data()[k] = static_cast<double>(k % 97) - 40.0;
  test_hooks::reset();
  auto s0 = sum(a * 2.0, 0);
  CHECK((test_hooks::last_loop == loop_kind::simd && test_hooks::allocations == 1));
  auto m0 = max(a, 0), n0 = min(a, 0);
  auto mean0 = mean(a, 0);
  for (index_t j : {0, 17, 47}) {
    double s = 0, mx = -1e300, mn = 1e300;
    for (index_t i = 0; i < 64; ++i) {
      s += 2.0 * a(i, j);
      mx = std::max(mx, a(i, j));
      mn = std::min(mn, a(i, j));
    }
    CHECK(s0(j) == Approx(s));
    CHECK((m0(j) == mx && n0(j) == mn));
    CHECK(mean0(j) == Approx(s / 128.0));
  }
  a(5, 3) = std::nan("");
  CHECK((std::isnan(max(a, 0)(3)) && !std::isnan(max(a, 0)(4)) && std::isnan(max(a))));
  test_hooks::reset();
  CHECK(std::isnan(min(a)));
  CHECK(test_hooks::last_loop == loop_kind::simd);
}

TEST_CASE("var and std, with ddof and axes", "[reduce]") {
  auto a = cube();
  CHECK(var(a) == Approx((24.0 * 24.0 - 1.0) / 12.0));
  CHECK(stddev(a, 1.0) == Approx(std::sqrt(24.0 * 25.0 / 12.0)));
  auto v = var(a, 0.0, 2);
  CHECK((v.shape() == shape_t<2>{2, 3} && v(1, 1) == Approx(1.25)));
  auto s = stddev(a, 1.0, std::array<index_t, 2>{0, 2}, keepdims);
  CHECK(s.shape() == shape_t<3>{1, 3, 1});
  auto f = ndarray<float, 1>({4}, 2.0f);
  STATIC_REQUIRE(std::is_same_v<decltype(var(f)), float>);
  CHECK(var(f) == 0.0f);
}

TEST_CASE("pairwise summation is as accurate as numpy's", "[reduce]") {
  // 1e6 copies of 0.1f: a naive float32 loop drifts by ~1%, pairwise stays within 1e-5.
  ndarray<float, 1> a({1000000}, 0.1f);
  float s = sum(a);
  CHECK(std::fabs(s - 100000.0f) / 100000.0f < 1e-5f);
  // Strided (non-SIMD) runs use the same pairwise scheme.
  ndarray<float, 2> b({1000, 1000}, 0.1f);
  float st = sum(transpose(b) * 1.0f);
  CHECK(std::fabs(st - 100000.0f) / 100000.0f < 1e-5f);
  auto col = sum(b, 0);
  CHECK(col(999) == Approx(100.0f).epsilon(1e-5));
}

TEST_CASE("cumsum, cumprod, maximum/minimum accumulate", "[reduce]") {
  auto a = cube();
  auto c = cumsum(a);
  CHECK((c.shape() == shape_t<1>{24} && c(23) == 276.0 && c(3) == 6.0));
  auto c1 = cumsum(a, 1);
  CHECK((c1.shape() == a.shape() && c1(1, 2, 3) == 15 + 19 + 23));
  auto cp = cumprod(ndarray<std::int32_t, 1>::from_list({1, 2, 3, 4}));
  STATIC_REQUIRE(std::is_same_v<decltype(cp)::value_type, std::int64_t>);
  CHECK(cp(3) == 24);
  auto x = ndarray<double, 1>::from_list({1, 3, 2, std::nan(""), 5});
  auto mx = maximum_accumulate(x), mn = minimum_accumulate(x * -1.0);
  CHECK((mx(2) == 3.0 && std::isnan(mx(4)) && mn(1) == -3.0));
  auto ct = cumsum(transpose(a), -1);
  CHECK(ct(3, 2, 1) == 11.0 + 23.0);
}
