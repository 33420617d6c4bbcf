// The notable cases of Python int semantics on int64 (runtime/pycxx/scalar/int_ops.hpp),
// spelled out; tables_test.cpp runs the full operand grid against CPython.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "pycxx/scalar/int_ops.hpp"

#include "scalar_cases.hpp"

using namespace pycxx;

namespace {
using pycxx::test::error_of;
const std::string overflow = std::string("OverflowError: ") + int_overflow_message;
}  // namespace

TEST_CASE("floor division and modulo round towards negative infinity", "[scalar][int]") {
  CHECK(int_floordiv(-7, 2) == -4);
  CHECK(int_mod(-7, 2) == 1);
  CHECK(int_floordiv(7, -2) == -4);
  CHECK(int_mod(7, -2) == -1);
  CHECK(int_mod(-7, -2) == -1);
  CHECK(int_floordiv(INT64_MIN, 1) == INT64_MIN);
  CHECK(int_mod(INT64_MIN, -1) == 0);
  CHECK(error_of([] { int_floordiv(INT64_MIN, -1); }) == overflow);
  CHECK(error_of([] { int_floordiv(1, 0); }) == "ZeroDivisionError: integer division or modulo by zero");
  CHECK(error_of([] { int_mod(1, 0); }) == "ZeroDivisionError: integer modulo by zero");
  CHECK(error_of([] { int_divmod(1, 0); }) == "ZeroDivisionError: integer division or modulo by zero");
}

TEST_CASE("add, sub, mul, neg and abs raise OverflowError past int64", "[scalar][int]") {
  CHECK(int_add(INT64_MAX - 1, 1) == INT64_MAX);
  CHECK(error_of([] { int_add(INT64_MAX, 1); }) == overflow);
  CHECK(error_of([] { int_sub(INT64_MIN, 1); }) == overflow);
  CHECK(error_of([] { int_mul(INT64_C(3037000500), INT64_C(3037000500)); }) == overflow);
  CHECK(int_mul(INT64_C(3037000499), INT64_C(3037000499)) == INT64_C(9223372030926249001));
  CHECK(error_of([] { int_neg(INT64_MIN); }) == overflow);
  CHECK(error_of([] { int_abs(INT64_MIN); }) == overflow);
  CHECK(int_abs(-5) == 5);
}

TEST_CASE("int ** int is exact or OverflowError; negative exponents go through float", "[scalar][int]") {
  CHECK(int_pow(2, 62) == INT64_C(4611686018427387904));
  CHECK(int_pow(-2, 63) == INT64_MIN);
  CHECK(error_of([] { int_pow(2, 63); }) == overflow);
  CHECK(int_pow(-1, INT64_MAX) == -1);
  CHECK(int_pow(0, 0) == 1);
  CHECK(error_of([] { int_pow(2, -1); }).rfind("ValueError: negative exponent", 0) == 0);
  CHECK(int_pow_float(2, -1) == 0.5);
  CHECK(error_of([] { int_pow_float(0, -1); }) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST_CASE("true division of ints is correctly rounded", "[scalar][int]") {
  CHECK(int_truediv(1, 3) == 1.0 / 3.0);
  // Beyond 2**53 converting each operand to double first would round twice.
  CHECK(int_truediv(INT64_C(9007199254740993), 1) == 9007199254740992.0);
  CHECK(int_truediv(INT64_MAX, INT64_C(3)) == 3074457345618258602.0);
  CHECK(error_of([] { int_truediv(1, 0); }) == "ZeroDivisionError: division by zero");
}

TEST_CASE("shifts follow Python: negative count is ValueError, lost bits overflow", "[scalar][int]") {
  CHECK(int_lshift(1, 62) == INT64_C(4611686018427387904));
  CHECK(int_lshift(-1, 63) == INT64_MIN);
  CHECK(int_lshift(0, 1000) == 0);
  CHECK(error_of([] { int_lshift(1, 63); }) == overflow);
  CHECK(error_of([] { int_lshift(1, -1); }) == "ValueError: negative shift count");
  CHECK(error_of([] { int_rshift(1, -1); }) == "ValueError: negative shift count");
  CHECK(int_rshift(-7, 1) == -4);
  CHECK(int_rshift(-7, 1000) == -1);
  CHECK(int_rshift(7, 1000) == 0);
  CHECK(int_invert(5) == -6);
  CHECK(int_xor(-1, 5) == -6);
}
