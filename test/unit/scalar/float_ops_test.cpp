// The notable cases of Python float semantics (runtime/pycxx/scalar/float_ops.hpp), spelled
// out; tables_test.cpp runs the full operand grid against CPython.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "pycxx/scalar/float_ops.hpp"

#include "scalar_cases.hpp"

using namespace pycxx;

namespace {
using pycxx::test::error_of;
constexpr double inf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("float floor division and modulo take the divisor's sign", "[scalar][float]") {
  CHECK(float_floordiv(-7.0, 2.0) == -4.0);
  CHECK(float_mod(-7.0, 2.0) == 1.0);
  CHECK(float_mod(7.0, -2.0) == -1.0);
  CHECK(std::signbit(float_mod(-4.0, 2.0)) == false);  // 0.0 with the divisor's sign
  CHECK(std::signbit(float_mod(4.0, -2.0)) == true);   // -0.0
  CHECK(std::signbit(float_floordiv(-0.5, 2.0)) == true);
  CHECK(float_floordiv(-0.5, 2.0) == -1.0);
  CHECK(float_mod(-1e-300, 1.0) == 1.0);  // CPython: the correction rounds to the divisor
  CHECK(float_mod(1.0, inf) == 1.0);
  CHECK(float_mod(-1.0, inf) == inf);
  CHECK(std::isnan(float_mod(inf, 2.0)));
}

TEST_CASE("float division by zero raises CPython's messages", "[scalar][float]") {
  CHECK(error_of([] { float_truediv(1.0, 0.0); }) == "ZeroDivisionError: float division by zero");
  CHECK(error_of([] { float_floordiv(1.0, -0.0); }) == "ZeroDivisionError: float floor division by zero");
  CHECK(error_of([] { float_mod(1.0, 0.0); }) == "ZeroDivisionError: float modulo");
  CHECK(error_of([] { float_divmod(1.0, 0.0); }) == "ZeroDivisionError: float divmod()");
}

TEST_CASE("float ** float follows CPython's special cases", "[scalar][float]") {
  CHECK(float_pow(std::nan(""), 0.0) == 1.0);
  CHECK(float_pow(1.0, std::nan("")) == 1.0);
  CHECK(float_pow(-1.0, inf) == 1.0);
  CHECK(float_pow(-8.0, 3.0) == -512.0);
  CHECK(std::signbit(float_pow(-0.0, 3.0)));
  CHECK(error_of([] { float_pow(0.0, -1.0); }) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  CHECK(error_of([] { float_pow(10.0, 400.0); }) == "OverflowError: (34, 'Numerical result out of range')");
  CHECK(error_of([] { float_pow(-8.0, 1.0 / 3.0); }).rfind("ValueError: negative number cannot be raised", 0) == 0);
}

TEST_CASE("int(float), round() and float(int)", "[scalar][float]") {
  CHECK(float_to_int(-2.9) == -2);
  CHECK(float_to_int(-9223372036854775808.0) == INT64_MIN);
  CHECK(error_of([] { float_to_int(9223372036854775808.0); }) == std::string("OverflowError: ") + int_overflow_message);
  CHECK(error_of([] { float_to_int(std::nan("")); }) == "ValueError: cannot convert float NaN to integer");
  CHECK(error_of([] { float_to_int(-inf); }) == "OverflowError: cannot convert float infinity to integer");
  CHECK(float_round_to_int(2.5) == 2);
  CHECK(float_round_to_int(3.5) == 4);
  CHECK(float_round_to_int(-0.5) == 0);
  CHECK(float_round(0.125, 2) == 0.12);
  CHECK(float_round(2.675, 2) == 2.67);  // the double is below 2.675
  CHECK(float_round(1234.5, -1) == 1230.0);
  CHECK(float_round(1250.0, -2) == 1200.0);
  CHECK(float_round(1350.0, -2) == 1400.0);
  CHECK(int_to_float(INT64_C(9007199254740993)) == 9007199254740992.0);  // half-even
}
