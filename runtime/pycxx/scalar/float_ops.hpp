// Python `float` semantics on double: the operators whose CPython rules differ from C's
// (/ // % ** divmod), conversions between int and float, and round(). + - * and
// comparisons of two floats are plain IEEE double operations (no fast-math, no
// contraction), so generated code writes them as C++ operators.
// Neighbours: int_ops.hpp (int), complex_ops.hpp, compare.hpp (int vs float), format.hpp (repr).
//
// Generated code (x, y: double; an int operand is converted first with pycxx::int_to_float):
//   x / y  -> pycxx::float_truediv(x, y)    x // y -> pycxx::float_floordiv(x, y)
//   x % y  -> pycxx::float_mod(x, y)        divmod(x, y) -> pycxx::float_divmod(x, y)
//   x ** y -> pycxx::float_pow(x, y)
//   float(i) -> pycxx::int_to_float(i)      int(x) -> pycxx::float_to_int(x)
//   round(x) -> pycxx::float_round_to_int(x)    round(x, n) -> pycxx::float_round(x, n)
#pragma once

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <tuple>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/overflow.hpp"

namespace pycxx {

inline double float_truediv(double x, double y) {
  if (y == 0.0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "float division by zero");
  return x / y;
}

namespace detail {
// CPython's _float_div_mod: fmod, then move the remainder to the divisor's sign, and
// round the quotient so that q * y + r == x as nearly as doubles allow. Keeps -0.0 as CPython.
inline void float_div_mod(double x, double y, double& floordiv, double& mod) {
  mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
}
}  // namespace detail

inline double float_floordiv(double x, double y) {
  if (y == 0.0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "float floor division by zero");
  double q, r;
  detail::float_div_mod(x, y, q, r);
  return q;
}

inline double float_mod(double x, double y) {
  if (y == 0.0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "float modulo");
  // CPython's float_rem: a plain fmod with the sign fix-up (no quotient needed).
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

inline std::tuple<double, double> float_divmod(double x, double y) {
  if (y == 0.0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "float divmod()");
  double q, r;
  detail::float_div_mod(x, y, q, r);
  return {q, r};
}

namespace detail {
inline bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace detail

// CPython's float_pow, case by case (C99 Annex F with Python's errors). A negative base with
// a non-integer exponent gives a complex number in CPython; a float result cannot hold it,
// so pycxx raises ValueError (docs/semantics.md): write complex(x) ** y for the complex answer.
inline double float_pow(double x, double y) {
  if (y == 0.0) return 1.0;
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return 1.0;
    if ((y > 0.0) == (ax > 1.0)) return std::fabs(y);
    return 0.0;
  }
  if (std::isinf(x)) {
    bool odd = detail::is_odd_integer(y);
    if (y > 0.0) return odd ? x : std::fabs(x);
    return odd ? std::copysign(0.0, x) : 0.0;
  }
  if (x == 0.0) {
    if (y < 0.0) [[unlikely]]
      raise(exception_kind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return detail::is_odd_integer(y) ? x : 0.0;
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != std::floor(y)) [[unlikely]]
      raise(exception_kind::ValueError,
            "negative number cannot be raised to a fractional power (CPython gives a complex "
            "number: write complex(base) ** exponent)");
    x = -x;
    negate = detail::is_odd_integer(y);
  }
  if (x == 1.0) return negate ? -1.0 : 1.0;
  double r = std::pow(x, y);
  if (std::isinf(r)) [[unlikely]]
    raise(exception_kind::OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

// float(i): the conversion rounds half-even, as CPython's PyLong_AsDouble.
constexpr double int_to_float(std::int64_t i) { return static_cast<double>(i); }

// int(x): truncation towards zero; beyond int64 is an OverflowError (CPython would give a big int).
// One range test on the hot path (NaN and the infinities fail it too); the cold path names the case.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_float_to_int(double x) {
  if (std::isnan(x)) raise(exception_kind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) raise(exception_kind::OverflowError, "cannot convert float infinity to integer");
  detail::raise_int_overflow();
}
inline std::int64_t float_to_int(double x) {
  // -2**63 is exact; 2**63 is the first double beyond int64.
  if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) [[unlikely]] raise_float_to_int(x);
  return static_cast<std::int64_t>(x);
}

// round(x): half to even, then int(); nearbyint uses the default round-to-nearest-even mode.
inline std::int64_t float_round_to_int(double x) { return float_to_int(std::nearbyint(x)); }

namespace detail {
// printf's %.Nf: the exact binary value rounded half-even to N decimals (glibc).
inline std::string format_fixed(double x, int decimals) {
  int n = std::snprintf(nullptr, 0, "%.*f", decimals, x);
  std::string buffer(static_cast<std::size_t>(n), '\0');
  std::snprintf(buffer.data(), buffer.size() + 1, "%.*f", decimals, x);  // C++11: data()[size()] is writable
  return buffer;
}

// Rounds the decimal string of a non-negative integer part `digits` (plus whether a fraction
// followed) at `k` digits from the right, half-even on the exact value; returns the kept digits.
inline std::string round_integer_digits(const std::string& digits, int k, bool fraction_nonzero) {
  int keep = static_cast<int>(digits.size()) - k;
  if (keep < 0) return "0";  // below half of 10**k: |x| < 10**(k-1) <= half
  std::string kept = keep == 0 ? std::string("0") : digits.substr(0, keep);
  char first = digits[keep];
  bool rest_nonzero = fraction_nonzero || digits.find_first_not_of('0', keep + 1) != std::string::npos;
  bool up = first > '5' || (first == '5' && (rest_nonzero || ((kept.back() - '0') & 1)));
  if (up) {
    int i = static_cast<int>(kept.size()) - 1;
    while (i >= 0 && kept[i] == '9') kept[i--] = '0';
    if (i < 0) kept.insert(kept.begin(), '1');
    else ++kept[i];
  }
  return kept;
}
}  // namespace detail

// round(x, ndigits): correctly rounded half-even on the exact binary value, as CPython's
// double_round (dtoa mode 3). glibc's printf rounds the exact value the same way.
inline double float_round(double x, std::int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > 323) return x;  // CPython's NDIGITS_MAX: already exact
  if (ndigits < -308) return 0.0 * x;  // NDIGITS_MIN: rounds to a signed zero
  if (ndigits >= 0) {
    double r = std::strtod(detail::format_fixed(x, static_cast<int>(ndigits)).c_str(), nullptr);
    if (std::isinf(r)) raise(exception_kind::OverflowError, "rounded value too large to represent");
    return r == 0.0 ? std::copysign(0.0, x) : r;
  }
  double ax = std::fabs(x);
  std::string digits = detail::format_fixed(std::trunc(ax), 0);
  std::string kept = detail::round_integer_digits(digits, static_cast<int>(-ndigits), ax != std::trunc(ax));
  kept += "e" + std::to_string(-ndigits);
  double r = std::strtod(kept.c_str(), nullptr);
  if (std::isinf(r)) raise(exception_kind::OverflowError, "rounded value too large to represent");
  return std::copysign(r, x);
}

}  // namespace pycxx
