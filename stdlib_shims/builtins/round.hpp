// builtins.round(number, ndigits=None): half-to-even rounding as CPython. round(float) is
// an int (infinity/NaN raise as int() does); round(float, n) is a float correctly rounded
// on the exact binary value (runtime/pycxx/scalar/float_ops.hpp); round(int, n) is an int,
// unchanged for n >= 0 and rounded to a multiple of 10**-n otherwise.
#pragma once

#include <cstdint>

#include "math/detail/int_checks.hpp"
#include "pycxx/scalar/float_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "round")
PYCXX_UNSUPPORTED("ndigits=None written out (omit it)")
inline std::int64_t round(double number) { return pycxx::float_round_to_int(number); }

PYCXX_SHIM("builtins", "round")
inline double round(double number, std::int64_t ndigits) { return pycxx::float_round(number, ndigits); }

PYCXX_SHIM("builtins", "round")
inline std::int64_t round(std::int64_t number) { return number; }

PYCXX_SHIM("builtins", "round")
inline std::int64_t round(std::int64_t number, std::int64_t ndigits) {
  if (ndigits >= 0 || number == 0) return number;
  if (ndigits < -19) return 0;  // 10**20 / 2 exceeds every int64: rounds to zero
  __int128 unit = 1;
  for (std::int64_t i = 0; i < -ndigits; ++i) unit *= 10;
  __int128 q = number / unit;
  __int128 r = number % unit;
  if (r < 0) {  // floor division, so that r is in [0, unit)
    r += unit;
    q -= 1;
  }
  if (2 * r > unit || (2 * r == unit && (q & 1) != 0)) q += 1;
  return math::detail::narrow_or_overflow(q * unit);
}

}  // namespace pycxx::shims::builtins
