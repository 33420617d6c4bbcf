// Exact mixed comparisons (runtime/pycxx/scalar/compare.hpp) and repr of scalars and tuples
// (format.hpp): the notable cases; tables_test.cpp runs the grids against CPython.
#include <catch2/catch.hpp>

#include <cmath>
#include <complex>
#include <cstdint>
#include <tuple>

#include "pycxx/scalar/compare.hpp"
#include "pycxx/scalar/format.hpp"

using namespace pycxx;

TEST_CASE("int and float compare exactly, NaN is unordered", "[scalar][compare]") {
  std::int64_t big = (std::int64_t{1} << 53) + 1;
  double f = 9007199254740992.0;  // 2.0 ** 53
  CHECK(ne(big, f));              // (double)big == f, but Python compares exactly
  CHECK(gt(big, f));
  CHECK(lt(f, big));
  CHECK(lt(INT64_MAX, 9223372036854775808.0));
  CHECK(eq(INT64_MIN, -9223372036854775808.0));
  double nan = std::nan("");
  CHECK_FALSE(eq(1, nan));
  CHECK(ne(std::int64_t{1}, nan));
  CHECK_FALSE(lt(std::int64_t{1}, nan));
  CHECK_FALSE(ge(std::int64_t{1}, nan));
  CHECK(eq(true, 1.0));
  CHECK(lt(false, 0.5));
  CHECK(eq(std::complex<double>(2.0, 0.0), std::int64_t{2}));
  CHECK(ne(std::complex<double>(2.0, 1.0), 2.0));
}

TEST_CASE("repr of scalars and tuples is CPython's", "[scalar][format]") {
  CHECK(repr(0.1) == "0.1");
  CHECK(repr(1e16) == "1e+16");
  CHECK(repr(1e15) == "1000000000000000.0");
  CHECK(repr(1e-5) == "1e-05");
  CHECK(repr(0.0001) == "0.0001");
  CHECK(repr(-0.0) == "-0.0");
  CHECK(repr(std::int64_t{-42}) == "-42");
  CHECK(repr(INT64_MIN) == "-9223372036854775808");
  CHECK(repr(true) == "True");
  CHECK(repr(none) == "None");
  CHECK(repr(std::complex<double>(0.0, 1.0)) == "1j");
  CHECK(repr(std::complex<double>(-0.0, 1.0)) == "(-0+1j)");
  CHECK(repr(std::complex<double>(1.5, -2.0)) == "(1.5-2j)");
  CHECK(repr(std::tuple<std::int64_t>{1}) == "(1,)");
  CHECK(repr(std::tuple<>{}) == "()");
  CHECK(repr(std::tuple<std::int64_t, double, bool, none_t>{1, 2.0, true, none}) == "(1, 2.0, True, None)");
}
