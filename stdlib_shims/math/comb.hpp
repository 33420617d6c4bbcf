// math.comb(n, k): the number of ways to choose k of n items, 0 when k > n. Negative
// arguments are a ValueError "n must be a non-negative integer" / "k must be ...". A
// result beyond 64 bits raises pycxx's OverflowError. Each partial product C(n-k+i, i) is
// exact and no larger than the result, so an overflow is reported only when the result overflows.
#pragma once

#include <cstdint>

#include "math/detail/int_checks.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "comb") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("results beyond 64 bits (OverflowError)")
inline std::int64_t comb(std::int64_t n, std::int64_t k) {
  if (n < 0) pycxx::raise(pycxx::exception_kind::ValueError, "n must be a non-negative integer");
  if (k < 0) pycxx::raise(pycxx::exception_kind::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  std::int64_t r = 1;
  for (std::int64_t i = 1; i <= k; ++i) {
    __int128 next = static_cast<__int128>(r) * (n - k + i) / i;  // exact: it is C(n-k+i, i)
    r = detail::narrow_or_overflow(next);
  }
  return r;
}

}  // namespace pycxx::shims::math
