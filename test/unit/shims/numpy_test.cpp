// Direct tests of stdlib_shims/numpy over the array runtime: the shims take the arguments
// as the registry lists them (dtype_arg, std::bool_constant keepdims, pycxx::none axis)
// and give numpy's values, dtypes and shapes.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "numpy/argmax.hpp"
#include "numpy/copy.hpp"
#include "numpy/full_like.hpp"
#include "numpy/zeros_like.hpp"
#include "numpy/exp.hpp"
#include "numpy/floor.hpp"
#include "numpy/full.hpp"
#include "numpy/isnan.hpp"
#include "numpy/maximum.hpp"
#include "numpy/mean.hpp"
#include "numpy/ones.hpp"
#include "numpy/sqrt.hpp"
#include "numpy/sum.hpp"
#include "numpy/zeros.hpp"

namespace np = pycxx::shims::numpy;

namespace {
template <class T>
pycxx::ndarray<T, 1> vec(std::initializer_list<T> v) {
  return pycxx::ndarray<T, 1>::from_list(v);
}
template <class T>
pycxx::ndarray<T, 2> grid() {  // [[0, 1, 2], [3, 4, 5]]
  auto g = pycxx::ndarray<T, 2>({2, 3}, T{});
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j) g(i, j) = static_cast<T>(i * 3 + j);
  return g;
}
}  // namespace

TEST_CASE("numpy ufunc shims: values and dtype rules") {
  pycxx::ndarray<double, 1> e = np::exp(vec<double>({0.0, 1.0}));
  CHECK(e(0) == 1.0);
  CHECK(e(1) == Approx(std::exp(1.0)).epsilon(1e-15));  // the runtime's SIMD exp: its accuracy is the runtime's test
  auto root = np::sqrt(vec<std::int64_t>({4, 9}));  // FloatOf: int64 -> float64
  STATIC_REQUIRE(std::is_same_v<decltype(root)::value_type, double>);
  auto fl = np::floor(vec<std::int64_t>({3}));  // Same: numpy 2 keeps ints
  STATIC_REQUIRE(std::is_same_v<decltype(fl)::value_type, std::int64_t>);
  double nan = std::numeric_limits<double>::quiet_NaN();
  pycxx::ndarray<double, 1> m = np::maximum(vec<double>({1.0, nan, 3.0}), 2.0);
  CHECK(m(0) == 2.0);
  CHECK(std::isnan(m(1)));
  CHECK(m(2) == 3.0);
  pycxx::ndarray<bool, 1> isn = np::isnan(vec<double>({1.0, nan}));
  CHECK_FALSE(isn(0));
  CHECK(isn(1));
}

TEST_CASE("numpy reduction shims: axis, dtype and keepdims as the registry passes them") {
  auto g = grid<std::int32_t>();
  auto total = np::sum(g);  // SumType: int32 -> int64
  STATIC_REQUIRE(std::is_same_v<decltype(total), std::int64_t>);
  CHECK(total == 15);
  pycxx::ndarray<std::int64_t, 1> rows = np::sum(g, pycxx::index_t{1});
  CHECK(rows.shape()[0] == 2);
  CHECK(rows(1) == 12);
  pycxx::ndarray<std::int64_t, 2> kept = np::sum(g, pycxx::index_t{0}, np::dtype_arg<void>{}, std::true_type{});
  CHECK(kept.shape()[0] == 1);
  CHECK(kept.shape()[1] == 3);
  CHECK(kept(0, 2) == 7);
  auto as_float = np::sum(g, pycxx::none, np::dtype_arg<double>{});
  STATIC_REQUIRE(std::is_same_v<decltype(as_float), double>);
  CHECK(as_float == 15.0);
  CHECK(np::mean(g) == 2.5);
  CHECK(np::argmax(vec<double>({1.0, 5.0, 5.0})) == 1);
  CHECK_THROWS_AS(np::sum(g, pycxx::index_t{2}), pycxx::python_error);  // numpy's AxisError is a ValueError
}

TEST_CASE("numpy creation shims: shape and dtype") {
  auto z = np::zeros(pycxx::shape_t<2>{2, 3});
  STATIC_REQUIRE(std::is_same_v<decltype(z)::value_type, double>);
  CHECK(z.shape()[1] == 3);
  CHECK(z(1, 2) == 0.0);
  auto o = np::ones(pycxx::shape_t<1>{4}, np::dtype_arg<std::int32_t>{});
  STATIC_REQUIRE(std::is_same_v<decltype(o)::value_type, std::int32_t>);
  CHECK(o(3) == 1);
  auto f = np::full(pycxx::shape_t<1>{2}, 2.5, np::dtype_arg<float>{});
  STATIC_REQUIRE(std::is_same_v<decltype(f)::value_type, float>);
  CHECK(f(1) == 2.5f);
}

TEST_CASE("numpy *_like and copy shims: shape from the argument, dtype from it or dtype=") {
  auto g = grid<std::int32_t>();
  auto z = np::zeros_like(g);
  STATIC_REQUIRE(std::is_same_v<decltype(z)::value_type, std::int32_t>);
  CHECK(z.shape() == g.shape());
  CHECK(z(1, 2) == 0);
  auto zf = np::zeros_like(g, np::dtype_arg<double>{});
  STATIC_REQUIRE(std::is_same_v<decltype(zf)::value_type, double>);
  auto f = np::full_like(g, 2.7);  // numpy casts the fill value to int32: 2
  CHECK(f(0, 1) == 2);
  auto c = np::copy(g);
  g(0, 0) = 42;
  CHECK(c(0, 0) == 0);  // a new buffer, not a view
  pycxx::ndarray<double, 1> e = np::copy(np::sqrt(vec<double>({4.0, 9.0})));  // an expression is evaluated
  CHECK(e(1) == 3.0);
}
