// math.isqrt(n): the integer square root, the largest r with r*r <= n; a negative n is a
// ValueError "isqrt() argument must be nonnegative". The double square root is corrected
// by at most a step or two, exactly, in 128-bit arithmetic.
#pragma once

#include <cmath>
#include <cstdint>

#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "isqrt") PYCXX_POSITIONAL_ONLY
inline std::int64_t isqrt(std::int64_t n) {
  if (n < 0) pycxx::raise(pycxx::exception_kind::ValueError, "isqrt() argument must be nonnegative");
  using wide = unsigned __int128;
  auto r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
  while (static_cast<wide>(r) * r > static_cast<wide>(n)) --r;
  while (static_cast<wide>(r + 1) * (r + 1) <= static_cast<wide>(n)) ++r;
  return static_cast<std::int64_t>(r);
}

}  // namespace pycxx::shims::math
