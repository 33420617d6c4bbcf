// math.factorial(n): n! for 0 <= n <= 20; a negative n is a ValueError "factorial() not
// defined for negative values"; n > 20 does not fit in a 64-bit int and raises pycxx's
// OverflowError (CPython would return a big int).
#pragma once

#include <cstdint>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "factorial") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("n > 20 (the result needs more than 64 bits: OverflowError)")
inline std::int64_t factorial(std::int64_t n) {
  if (n < 0) pycxx::raise(pycxx::exception_kind::ValueError, "factorial() not defined for negative values");
  if (n > 20) pycxx::raise(pycxx::exception_kind::OverflowError, pycxx::int_overflow_message);
  std::int64_t r = 1;
  for (std::int64_t i = 2; i <= n; ++i) r *= i;
  return r;
}

}  // namespace pycxx::shims::math
