// The notable cases of Python complex semantics (runtime/pycxx/scalar/complex_ops.hpp):
// where CPython's answers differ from std::complex's; tables_test.cpp runs the full grid.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "pycxx/scalar/complex_ops.hpp"

#include "scalar_cases.hpp"

using namespace pycxx;

namespace {
using pycxx::test::error_of;
constexpr double inf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("complex * and / are CPython's formulas, without infinity recovery", "[scalar][complex]") {
  complex128 r = complex_mul({inf, 0.0}, {2.0, 0.0});  // C++'s operator* would give (inf, 0)
  CHECK(r.real() == inf);
  CHECK(std::isnan(r.imag()));
  CHECK(complex_truediv({1.0, 2.0}, {3.0, 4.0}) == complex128(0.44, 0.08));
  CHECK(error_of([] { complex_truediv({1.0, 1.0}, {0.0, 0.0}); }) == "ZeroDivisionError: complex division by zero");
}

TEST_CASE("complex ** uses repeated multiplication for small integral exponents", "[scalar][complex]") {
  CHECK(complex_pow({0.0, 1.0}, {2.0, 0.0}) == complex128(-1.0, 0.0));  // exactly, not by polar form
  CHECK(complex_pow({2.0, 0.0}, {-1.0, 0.0}) == complex128(0.5, 0.0));
  CHECK(complex_pow({0.0, 0.0}, {0.0, 0.0}) == complex128(1.0, 0.0));
  CHECK(error_of([] { complex_pow({0.0, 0.0}, {-1.0, 0.0}); }) ==
        "ZeroDivisionError: 0.0 to a negative or complex power");
  CHECK(error_of([] { complex_pow({0.0, 0.0}, {0.0, 1.0}); }) ==
        "ZeroDivisionError: 0.0 to a negative or complex power");
  CHECK(error_of([] { complex_pow({2.0, 0.0}, {1e300, 0.0}); }) == "OverflowError: complex exponentiation");
}

TEST_CASE("abs, real, imag, conjugate", "[scalar][complex]") {
  CHECK(complex_abs({3.0, -4.0}) == 5.0);
  CHECK(complex_abs({1e308, 1e308}) == std::hypot(1e308, 1e308));
  CHECK(error_of([] { complex_abs({1.7e308, 1.7e308}); }) == "OverflowError: absolute value too large");
  CHECK(complex_abs({std::nan(""), inf}) == inf);
  CHECK(complex_real({1.0, 2.0}) == 1.0);
  CHECK(complex_imag({1.0, 2.0}) == 2.0);
  CHECK(complex_conjugate({1.0, 2.0}) == complex128(1.0, -2.0));
  CHECK(to_complex(std::int64_t{3}) == complex128(3.0, 0.0));
}
