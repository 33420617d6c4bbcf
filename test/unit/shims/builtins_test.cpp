// Direct tests of stdlib_shims/builtins: abs, min, max, round, divmod, pow as CPython
// answers them, with the cases that make Python differ from C (floor rounding, NaN order).
#include <catch2/catch.hpp>

#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <tuple>

#include "builtins/abs.hpp"
#include "builtins/divmod.hpp"
#include "builtins/max.hpp"
#include "builtins/min.hpp"
#include "builtins/pow.hpp"
#include "builtins/round.hpp"

namespace b = pycxx::shims::builtins;
using pycxx::exception_kind;
using pycxx::python_error;

namespace {
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

template <class Fn>
void require_raises(Fn fn, exception_kind kind, const std::string& message) {
  try {
    fn();
    FAIL("no exception; expected " << pycxx::exception_name(kind) << ": " << message);
  } catch (const python_error& e) {
    CHECK(pycxx::exception_name(e.kind()) == pycxx::exception_name(kind));
    CHECK(e.message() == message);
  }
}
}  // namespace

TEST_CASE("abs of int, float and complex") {
  CHECK(b::abs(std::int64_t{-5}) == 5);
  CHECK_FALSE(std::signbit(b::abs(-0.0)));
  CHECK(b::abs(std::complex<double>(3.0, -4.0)) == 5.0);
  require_raises([] { b::abs(int64_min); }, exception_kind::OverflowError, pycxx::int_overflow_message);
}

TEST_CASE("min and max keep the first of equals and CPython's NaN order") {
  CHECK(b::max(std::int64_t{5}, std::int64_t{9}, {std::int64_t{-1}, std::int64_t{9}, std::int64_t{2}}) == 9);
  CHECK(std::isnan(b::max(qnan, 1.0, {})));  // 1 > nan is false: nan stays
  CHECK(b::max(1.0, qnan, {}) == 1.0);
  CHECK(std::isnan(b::min(qnan, 1.0, {})));
  CHECK(std::signbit(b::max(-0.0, 0.0, {})));  // equal: the first one stays
  CHECK_FALSE(std::signbit(b::min(0.0, -0.0, {})));
}

TEST_CASE("round is half-to-even; round(int, n) rounds to tens") {
  CHECK(b::round(2.5) == 2);
  CHECK(b::round(-0.5) == 0);
  CHECK(b::round(2.675, 2) == 2.67);
  CHECK(b::round(std::int64_t{25}, -1) == 20);
  CHECK(b::round(std::int64_t{35}, -1) == 40);
  CHECK(b::round(std::int64_t{-25}, -1) == -20);
  CHECK(b::round(std::int64_t{9223372036854775807}, -30) == 0);
  require_raises([] { b::round(std::int64_t{9000000000000000000}, -19); }, exception_kind::OverflowError,
                 pycxx::int_overflow_message);
  require_raises([] { b::round(std::numeric_limits<double>::infinity()); }, exception_kind::OverflowError,
                 "cannot convert float infinity to integer");
}

TEST_CASE("divmod floors and names CPython's zero division") {
  CHECK(b::divmod(std::int64_t{-7}, std::int64_t{2}) == std::tuple<std::int64_t, std::int64_t>{-4, 1});
  CHECK(b::divmod(7.0, -2.0) == std::tuple<double, double>{-4.0, -1.0});
  require_raises([] { b::divmod(std::int64_t{1}, std::int64_t{0}); }, exception_kind::ZeroDivisionError,
                 "integer division or modulo by zero");
  require_raises([] { b::divmod(1.0, 0.0); }, exception_kind::ZeroDivisionError, "float divmod()");
}

TEST_CASE("pow with a modulus follows CPython's signs and inverses") {
  CHECK(b::pow(std::int64_t{3}, std::int64_t{4}, std::int64_t{-5}) == -4);
  CHECK(b::pow(std::int64_t{-3}, std::int64_t{3}, std::int64_t{5}) == 3);
  CHECK(b::pow(std::int64_t{2}, std::int64_t{0}, std::int64_t{1}) == 0);
  CHECK(b::pow(std::int64_t{2}, std::int64_t{-1}, std::int64_t{5}) == 3);
  require_raises([] { b::pow(std::int64_t{2}, std::int64_t{-1}, std::int64_t{4}); }, exception_kind::ValueError,
                 "base is not invertible for the given modulus");
  require_raises([] { b::pow(std::int64_t{2}, std::int64_t{3}, std::int64_t{0}); }, exception_kind::ValueError,
                 "pow() 3rd argument cannot be 0");
  CHECK(b::pow(std::int64_t{-2}, std::int64_t{63}) == int64_min);
  require_raises([] { b::pow(std::int64_t{2}, std::int64_t{63}); }, exception_kind::OverflowError,
                 pycxx::int_overflow_message);
}
