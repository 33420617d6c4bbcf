// Elementwise expressions: every operator and ufunc family, numpy 2 promotion (NEP 50:
// weak Python scalars), broadcasting and its error, and integer semantics (wrapping,
// floor division, shifts). Assignment/loop choice is in test_assign.cpp.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "pycxx/array.hpp"

using namespace pycxx;

namespace {
template <class T> ndarray<T, 1> vec(std::initializer_list<T> v) { return ndarray<T, 1>::from_list(v); }
template <class A, class B> constexpr bool same = std::is_same_v<A, B>;
}  // namespace

TEST_CASE("promotion follows numpy 2 for arrays and NEP 50 for Python scalars", "[elementwise]") {
  STATIC_REQUIRE(same<promote_t<float, double>, double>);
  STATIC_REQUIRE(same<promote_t<std::int16_t, float>, float>);
  STATIC_REQUIRE(same<promote_t<std::int32_t, float>, double>);
  STATIC_REQUIRE(same<promote_t<std::uint8_t, std::int8_t>, std::int16_t>);
  STATIC_REQUIRE(same<promote_t<std::uint64_t, std::int64_t>, double>);
  STATIC_REQUIRE(same<promote_t<bool, std::int8_t>, std::int8_t>);
  STATIC_REQUIRE(same<promote_t<float, std::complex<double>>, std::complex<double>>);
  STATIC_REQUIRE(same<promote_t<std::int64_t, std::complex<float>>, std::complex<double>>);
  auto f = ndarray<float, 1>({3}, 1.5f);
  STATIC_REQUIRE(same<decltype(f * 2.0)::value_type, float>);             // float32 * Python float
  STATIC_REQUIRE(same<decltype(f * f)::value_type, float>);
  auto i8 = ndarray<std::int8_t, 1>({3}, 1);
  STATIC_REQUIRE(same<decltype(i8 + 1)::value_type, std::int8_t>);        // int8 + Python int
  STATIC_REQUIRE(same<decltype(i8 + 1.0)::value_type, double>);           // int8 + Python float
  STATIC_REQUIRE(same<decltype(i8 / i8)::value_type, double>);            // true division
  STATIC_REQUIRE(same<decltype(f * strong(2.0))::value_type, double>);    // numpy float64 scalar
  STATIC_REQUIRE(same<decltype(f + std::complex<double>(1, 1))::value_type, std::complex<float>>);
  auto b = ndarray<bool, 1>({3}, true);
  STATIC_REQUIRE(same<decltype(b + 1)::value_type, std::int64_t>);
  STATIC_REQUIRE(same<decltype(b + b)::value_type, bool>);
  STATIC_REQUIRE(same<decltype(sin(i8))::value_type, float>);             // numpy: float16 (unsupported)
  STATIC_REQUIRE(same<decltype(sqrt(ndarray<std::int32_t, 1>({1})))::value_type, double>);
  REQUIRE_THROWS_WITH(i8 + 300, "Python integer 300 out of bounds for int8");
  ndarray<bool, 1> bb = b + b;
  CHECK(bb(0) == true);
}

TEST_CASE("arithmetic, comparison, logical and bitwise operators", "[elementwise]") {
  auto a = vec<double>({1.0, -2.0, 3.5, 0.0});
  auto b = vec<double>({2.0, 2.0, -1.0, 0.0});
  ndarray<double, 1> r = a * b + a / 2.0 - b;
  CHECK(r(0) == 1.0 * 2.0 + 0.5 - 2.0);
  CHECK(r(2) == 3.5 * -1.0 + 1.75 + 1.0);
  ndarray<double, 1> q = a / b;
  CHECK(std::isnan(q(3)));
  ndarray<bool, 1> c = (a > b) | (a == 0.0);
  CHECK((!c(0) && !c(1) && c(2) && c(3)));
  ndarray<bool, 1> n = !(a < 0.0);
  CHECK((n(0) && !n(1)));
  auto i = vec<std::int64_t>({7, -7, 6, 5});
  auto j = vec<std::int64_t>({2, 2, -4, 0});
  ndarray<std::int64_t, 1> fd = floor_divide(i, j), md = i % j;
  CHECK((fd(0) == 3 && fd(1) == -4 && fd(2) == -2 && fd(3) == 0));
  CHECK((md(0) == 1 && md(1) == 1 && md(2) == -2 && md(3) == 0));
  ndarray<std::int64_t, 1> bits = (i & 3) ^ (j << 1);
  CHECK(bits(0) == ((7 & 3) ^ (2 << 1)));
  ndarray<std::int64_t, 1> sh = i >> 70;
  CHECK((sh(0) == 0 && sh(1) == -1));
  auto big = vec<std::int64_t>({std::numeric_limits<std::int64_t>::max()});
  ndarray<std::int64_t, 1> wrapped = big + 1;
  CHECK(wrapped(0) == std::numeric_limits<std::int64_t>::min());
  ndarray<std::int64_t, 1> p = power(i, 2);
  CHECK(p(1) == 49);
  REQUIRE_THROWS_WITH(eval(power(i, j)), "Integers to negative integer powers are not allowed.");
  auto x = vec<double>({-7.0, 7.0, -0.0});
  ndarray<double, 1> fm = floor_divide(x, 2.0), rm = remainder(x, -2.0);
  CHECK((fm(0) == -4.0 && fm(1) == 3.0));
  CHECK((rm(0) == -1.0 && rm(1) == -1.0));
}

TEST_CASE("unary ufuncs, math functions and NaN handling", "[elementwise]") {
  auto a = vec<double>({0.5, -1.5, 2.0, std::nan("")});
  ndarray<double, 1> s = sin(a) * cos(a) + exp(-a) - sqrt(abs(a)) + arctan2(a, 2.0) + hypot(a, 1.0);
  for (int k = 0; k < 3; ++k) {
    double v = a(k);
    CHECK(s(k) == Approx(std::sin(v) * std::cos(v) + std::exp(-v) - std::sqrt(std::fabs(v)) + std::atan2(v, 2.0) +
                         std::hypot(v, 1.0)));
  }
  CHECK(std::isnan(s(3)));
  ndarray<double, 1> mx = maximum(a, 1.0), mn = minimum(a, 1.0);
  CHECK((mx(0) == 1.0 && mx(2) == 2.0 && std::isnan(mx(3)) && mn(1) == -1.5 && std::isnan(mn(3))));
  ndarray<bool, 1> nan = isnan(a), fin = isfinite(a);
  CHECK((nan(3) && !nan(0) && !fin(3) && fin(0)));
  ndarray<double, 1> fl = floor(a), ce = ceil(a), tr = trunc(a), ri = rint(a), sg = sign(a);
  CHECK((fl(1) == -2.0 && ce(1) == -1.0 && tr(1) == -1.0 && ri(0) == 0.0 && ri(1) == -2.0 && sg(1) == -1.0));
  auto small = vec<float>({0.25f, 0.5f, 0.75f, 0.1f, 0.2f, 0.3f, 0.4f, 0.6f, 0.7f, 0.8f, 0.9f});
  ndarray<float, 1> m = log1p(small) + expm1(small) + cbrt(small) + erf(small) + tanh(small) + arcsin(small) +
                        arccos(small) + arctan(small) + sinh(small) + cosh(small) + tan(small) + log(small);
  for (int k = 0; k < 11; ++k) {
    float v = small(k);
    float expect = std::log1p(v) + std::expm1(v) + std::cbrt(v) + std::erf(v) + std::tanh(v) + std::asin(v) +
                   std::acos(v) + std::atan(v) + std::sinh(v) + std::cosh(v) + std::tan(v) + std::log(v);
    CHECK(m(k) == Approx(expect).epsilon(1e-5));
  }
  auto i = vec<std::int32_t>({-3, 4});
  ndarray<std::int32_t, 1> ng = -i, ab = absolute(i), sq = square(i), inv = ~i;
  CHECK((ng(0) == 3 && ab(0) == 3 && sq(0) == 9 && inv(1) == ~4));
  auto z = vec<std::complex<double>>({{3, 4}});
  ndarray<double, 1> za = absolute(z);
  CHECK(za(0) == 5.0);
  ndarray<std::complex<double>, 1> ze = exp(z) * z;
  CHECK(ze(0) == std::exp(std::complex<double>(3, 4)) * std::complex<double>(3, 4));
}

TEST_CASE("broadcasting by numpy's rules, and its error message", "[elementwise]") {
  ndarray<double, 2> m({2, 3});
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j) m(i, j) = 10 * i + j;
  auto row = vec<double>({1, 2, 3});
  ndarray<double, 2> col({2, 1});
  col(0, 0) = 100;
  col(1, 0) = 200;
  ndarray<double, 2> r = m + row + col;
  CHECK(r.shape() == shape_t<2>{2, 3});
  CHECK(r(1, 2) == 12 + 3 + 200);
  ndarray<double, 2> outer = col * row;  // (2,1) x (3,) -> (2,3)
  CHECK(outer(1, 0) == 200);
  REQUIRE_THROWS_WITH(m + vec<double>({1, 2, 3, 4}), "operands could not be broadcast together with shapes (2,3) (4,) ");
  REQUIRE_THROWS_AS(m + vec<double>({1, 2, 3, 4}), python_error);
  ndarray<double, 1> empty({0});
  ndarray<double, 1> e2 = empty * 2.0 + 1.0;
  CHECK(e2.size() == 0);
  ndarray<double, 0> zero_d(shape_t<0>{}, 4.0);
  ndarray<double, 1> plus = row + zero_d;
  CHECK(plus(2) == 7.0);
  ndarray<double, 2> w = where(m > 10.0, m, -1.0);
  CHECK((w(0, 0) == -1.0 && w(1, 2) == 12.0));
}
