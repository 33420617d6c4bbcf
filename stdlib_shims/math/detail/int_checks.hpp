// Exact int64 helpers for the integer functions of math (comb, perm, factorial, gcd,
// lcm, isqrt) and builtins (round, pow with a modulus). Python ints are unbounded;
// pycxx's are 64 bits, so a result that does not fit raises OverflowError with the
// scalar runtime's one message (runtime/pycxx/scalar/int_ops.hpp).
#pragma once

#include <cstdint>
#include <limits>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/int_ops.hpp"

namespace pycxx::shims::math::detail {

// A 128-bit intermediate back to int64, or OverflowError.
inline std::int64_t narrow_or_overflow(__int128 value) {
  if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
      [[unlikely]]
    pycxx::raise(pycxx::exception_kind::OverflowError, pycxx::int_overflow_message);
  return static_cast<std::int64_t>(value);
}

inline std::uint64_t magnitude(std::int64_t x) {
  return x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
}

inline std::uint64_t gcd_magnitudes(std::uint64_t a, std::uint64_t b) {
  while (b != 0) {
    std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

}  // namespace pycxx::shims::math::detail
