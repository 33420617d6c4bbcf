// Python `int` semantics on std::int64_t: what every int operator in generated code calls.
// CPython's int has no overflow; pycxx's is 64 bits and raises OverflowError instead of
// ever giving a wrong number (docs/semantics.md). Floor division, modulo, `**`, true
// division and shifts follow CPython 3.11's rules and messages exactly.
// Neighbours: float_ops.hpp (float), complex_ops.hpp, compare.hpp (int vs float), format.hpp.
//
// Generated code (a, b: std::int64_t):
//   a + b  -> pycxx::int_add(a, b)        a - b  -> pycxx::int_sub(a, b)
//   a * b  -> pycxx::int_mul(a, b)        -a     -> pycxx::int_neg(a)     abs(a) -> pycxx::int_abs(a)
//   a // b -> pycxx::int_floordiv(a, b)   a % b  -> pycxx::int_mod(a, b)
//   divmod(a, b) -> pycxx::int_divmod(a, b)            (std::tuple<int64_t, int64_t>)
//   a ** b -> pycxx::int_pow(a, b)        (int result; b < 0 raises ValueError, see below)
//   a ** b with b < 0 possible, typed float -> pycxx::int_pow_float(a, b)   (double, as CPython)
//   a / b  -> pycxx::int_truediv(a, b)    (double, correctly rounded as CPython)
//   a << b -> pycxx::int_lshift(a, b)     a >> b -> pycxx::int_rshift(a, b)
//   a & b, a | b, a ^ b, ~a: the C++ operators (they cannot overflow); pycxx::int_and/or/xor/invert
//   exist for uniform emission.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <tuple>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/float_ops.hpp"
#include "pycxx/scalar/overflow.hpp"

namespace pycxx {

namespace detail {
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_negative_shift() {
  raise(exception_kind::ValueError, "negative shift count");
}
}  // namespace detail

inline std::int64_t int_add(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_add_overflow(a, b, &r)) [[unlikely]] detail::raise_int_overflow();
  return r;
}

inline std::int64_t int_sub(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) [[unlikely]] detail::raise_int_overflow();
  return r;
}

inline std::int64_t int_mul(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) [[unlikely]] detail::raise_int_overflow();
  return r;
}

inline std::int64_t int_neg(std::int64_t a) {
  if (a == std::numeric_limits<std::int64_t>::min()) [[unlikely]] detail::raise_int_overflow();
  return -a;
}

inline std::int64_t int_abs(std::int64_t a) { return a < 0 ? int_neg(a) : a; }

// Python rounds the quotient towards negative infinity, so the remainder takes the
// divisor's sign: -7 // 2 == -4, -7 % 2 == 1, 7 % -2 == -1.
inline std::int64_t int_floordiv(std::int64_t a, std::int64_t b) {
  if (b == 0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "integer division or modulo by zero");
  if (b == -1) return int_neg(a);  // INT64_MIN // -1 is the one overflowing quotient
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

inline std::int64_t int_mod(std::int64_t a, std::int64_t b) {
  // CPython 3.11 says "integer modulo by zero" for %, but divmod() keeps the older message.
  if (b == 0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "integer modulo by zero");
  if (b == -1) return 0;  // a % -1 is 0 for every a; INT64_MIN % -1 is UB in C++
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

inline std::tuple<std::int64_t, std::int64_t> int_divmod(std::int64_t a, std::int64_t b) {
  if (b == 0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "integer division or modulo by zero");
  return {int_floordiv(a, b), int_mod(a, b)};
}

// `int ** int` for an int result. A negative exponent gives a float in CPython; the
// compiler types `a ** b` as int only when b >= 0 is known or intended, and a negative b
// reaching here is reported rather than answered with a different type.
inline std::int64_t int_pow(std::int64_t base, std::int64_t exp) {
  if (exp < 0) [[unlikely]]
    raise(exception_kind::ValueError,
          "negative exponent in int ** int: the result would be a float; write float(base) ** exponent");
  if (base == 0) return exp == 0 ? 1 : 0;
  if (base == 1) return 1;
  if (base == -1) return (exp & 1) ? -1 : 1;
  std::int64_t result = 1;
  for (;;) {
    if (exp & 1) result = int_mul(result, base);
    exp >>= 1;
    if (exp == 0) return result;
    base = int_mul(base, base);  // |base| >= 2 here, so an overflow means the result overflows too
  }
}

// `int ** int` where CPython may answer with a float: a negative exponent means
// float(base) ** float(exp), exactly as CPython's long_pow does. A non-negative exponent
// is int_pow converted to double (the compiler uses this only where a float is wanted).
inline double int_pow_float(std::int64_t base, std::int64_t exp) {
  if (exp >= 0) return static_cast<double>(int_pow(base, exp));
  return float_pow(static_cast<double>(base), static_cast<double>(exp));
}

namespace detail {
inline int bit_length(std::uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

// Correctly rounded |a| / |b| for operands beyond 2**53, as CPython's long_true_divide:
// a quotient of 55 or more bits, the remainder as a sticky bit, one rounding half-even.
[[gnu::noinline]] inline double int_truediv_slow(std::int64_t a, std::int64_t b) {
  bool negative = (a < 0) != (b < 0);
  std::uint64_t ua = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  std::uint64_t ub = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
  if (ua == 0) return negative ? -0.0 : 0.0;
  int shift = 55 - (bit_length(ua) - bit_length(ub));
  if (shift < 0) shift = 0;
  unsigned __int128 n = static_cast<unsigned __int128>(ua) << shift;
  std::uint64_t q = static_cast<std::uint64_t>(n / ub);  // < 2**64: at most 56 bits when shifted
  bool sticky = (n % ub) != 0;
  int drop = bit_length(q) - 53;  // >= 2, since q has at least 55 bits
  std::uint64_t low = q & ((std::uint64_t{1} << drop) - 1);
  std::uint64_t half = std::uint64_t{1} << (drop - 1);
  std::uint64_t mant = q >> drop;
  if (low > half || (low == half && (sticky || (mant & 1)))) ++mant;
  double r = std::ldexp(static_cast<double>(mant), drop - shift);
  return negative ? -r : r;
}
}  // namespace detail

inline double int_truediv(std::int64_t a, std::int64_t b) {
  if (b == 0) [[unlikely]] raise(exception_kind::ZeroDivisionError, "division by zero");
  constexpr std::int64_t exact = std::int64_t{1} << 53;  // both exact as doubles: one rounding
  if (a >= -exact && a <= exact && b >= -exact && b <= exact) [[likely]]
    return static_cast<double>(a) / static_cast<double>(b);
  return detail::int_truediv_slow(a, b);
}

inline std::int64_t int_lshift(std::int64_t a, std::int64_t n) {
  if (n < 0) [[unlikely]] detail::raise_negative_shift();
  if (a == 0) return 0;
  if (n >= 64) [[unlikely]] detail::raise_int_overflow();
  std::int64_t r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << n);
  if ((r >> n) != a) [[unlikely]] detail::raise_int_overflow();
  return r;
}

inline std::int64_t int_rshift(std::int64_t a, std::int64_t n) {
  if (n < 0) [[unlikely]] detail::raise_negative_shift();
  if (n >= 64) return a < 0 ? -1 : 0;
  return a >> n;  // arithmetic shift (C++20): rounds towards negative infinity as Python
}

constexpr std::int64_t int_and(std::int64_t a, std::int64_t b) { return a & b; }
constexpr std::int64_t int_or(std::int64_t a, std::int64_t b) { return a | b; }
constexpr std::int64_t int_xor(std::int64_t a, std::int64_t b) { return a ^ b; }
constexpr std::int64_t int_invert(std::int64_t a) { return ~a; }

}  // namespace pycxx
