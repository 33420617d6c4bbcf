// Direct tests of stdlib_shims/math: the edge cases the differential table cannot show
// plainly (signed zeros, exact error messages, int64 limits), stated as CPython gives them.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

#include "math/ceil.hpp"
#include "math/comb.hpp"
#include "math/factorial.hpp"
#include "math/floor.hpp"
#include "math/fmod.hpp"
#include "math/frexp.hpp"
#include "math/gcd.hpp"
#include "math/hypot.hpp"
#include "math/inf.hpp"
#include "math/isclose.hpp"
#include "math/isqrt.hpp"
#include "math/lcm.hpp"
#include "math/log.hpp"
#include "math/modf.hpp"
#include "math/nan.hpp"
#include "math/perm.hpp"
#include "math/pi.hpp"
#include "math/pow.hpp"
#include "math/sqrt.hpp"
#include "math/tau.hpp"
#include "math/trunc.hpp"

namespace m = pycxx::shims::math;
using pycxx::exception_kind;
using pycxx::python_error;

namespace {
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

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

TEST_CASE("math constants are CPython's doubles") {
  CHECK(m::pi == 3.141592653589793);
  CHECK(m::tau == 2 * m::pi);
  CHECK(std::isinf(m::inf));
  CHECK(m::inf > 0);
  CHECK(std::isnan(m::nan));
}

TEST_CASE("floor, ceil and trunc return ints and raise as int() does") {
  CHECK(m::floor(-0.5) == -1);
  CHECK(m::ceil(-0.5) == 0);
  CHECK(m::trunc(-1.9) == -1);
  CHECK(m::floor(std::int64_t{7}) == 7);
  CHECK(m::floor(-9223372036854775808.0) == int64_min);
  require_raises([] { m::floor(m::inf); }, exception_kind::OverflowError, "cannot convert float infinity to integer");
  require_raises([] { m::ceil(m::nan); }, exception_kind::ValueError, "cannot convert float NaN to integer");
  require_raises([] { m::floor(9223372036854775808.0); }, exception_kind::OverflowError, pycxx::int_overflow_message);
}

TEST_CASE("domain and range errors follow CPython") {
  CHECK(std::signbit(m::sqrt(-0.0)));
  require_raises([] { m::sqrt(-1.0); }, exception_kind::ValueError, "math domain error");
  require_raises([] { m::log(0.0); }, exception_kind::ValueError, "math domain error");
  require_raises([] { m::log(-m::inf); }, exception_kind::ValueError, "math domain error");
  CHECK(std::isinf(m::log(m::inf)));
  require_raises([] { m::log(10.0, 1.0); }, exception_kind::ZeroDivisionError, "float division by zero");
  require_raises([] { m::pow(0.0, -1.0); }, exception_kind::ValueError, "math domain error");
  require_raises([] { m::pow(10.0, 400.0); }, exception_kind::OverflowError, "math range error");
  CHECK(m::pow(m::nan, 0.0) == 1.0);
  CHECK(m::fmod(3.0, -m::inf) == 3.0);
  require_raises([] { m::fmod(m::inf, 2.0); }, exception_kind::ValueError, "math domain error");
}

TEST_CASE("frexp and modf keep CPython's special cases") {
  auto [mant, exp] = m::frexp(m::inf);
  CHECK(std::isinf(mant));
  CHECK(exp == 0);
  auto [frac, whole] = m::modf(-m::inf);
  CHECK(frac == 0.0);
  CHECK(std::signbit(frac));
  CHECK(whole == -m::inf);
}

TEST_CASE("isclose checks its tolerances and is symmetric") {
  CHECK(m::isclose(1.0, 1.0 + 1e-10));
  CHECK_FALSE(m::isclose(m::inf, 1e308, 0.5));
  CHECK(m::isclose(0.0, 1e-10, 1e-09, 1e-09));
  require_raises([] { m::isclose(1.0, 2.0, -1.0); }, exception_kind::ValueError, "tolerances must be non-negative");
}

TEST_CASE("hypot takes any number of coordinates") {
  CHECK(m::hypot({}) == 0.0);
  CHECK(m::hypot({-3.0}) == 3.0);
  CHECK(m::hypot({3.0, 4.0}) == 5.0);
  CHECK(std::isinf(m::hypot({m::nan, m::inf})));
  CHECK(std::isnan(m::hypot({m::nan, 1.0})));
}

TEST_CASE("integer functions: CPython's messages, OverflowError beyond int64") {
  CHECK(m::factorial(20) == 2432902008176640000);
  require_raises([] { m::factorial(21); }, exception_kind::OverflowError, pycxx::int_overflow_message);
  require_raises([] { m::factorial(-1); }, exception_kind::ValueError, "factorial() not defined for negative values");
  CHECK(m::comb(66, 33) == 7219428434016265740);
  require_raises([] { m::comb(68, 34); }, exception_kind::OverflowError, pycxx::int_overflow_message);
  require_raises([] { m::comb(-1, 2); }, exception_kind::ValueError, "n must be a non-negative integer");
  require_raises([] { m::comb(3, -2); }, exception_kind::ValueError, "k must be a non-negative integer");
  CHECK(m::comb(int64_max, 1) == int64_max);
  CHECK(m::comb(3, 5) == 0);
  CHECK(m::perm(5) == 120);
  CHECK(m::perm(5, 2) == 20);
  require_raises([] { m::perm(-1); }, exception_kind::ValueError, "factorial() not defined for negative values");
  CHECK(m::isqrt(int64_max) == 3037000499);
  require_raises([] { m::isqrt(-1); }, exception_kind::ValueError, "isqrt() argument must be nonnegative");
  CHECK(m::gcd({}) == 0);
  CHECK(m::gcd({-12, 18}) == 6);
  require_raises([] { m::gcd({int64_min}); }, exception_kind::OverflowError, pycxx::int_overflow_message);
  CHECK(m::lcm({}) == 1);
  CHECK(m::lcm({4, 0, 6}) == 0);
  CHECK(m::lcm({-4, 6}) == 12);
  require_raises([] { m::lcm({int64_max, int64_max - 1}); }, exception_kind::OverflowError, pycxx::int_overflow_message);
}
