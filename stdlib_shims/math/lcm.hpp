// math.lcm(*integers): the least common multiple, always >= 0; lcm() is 1 and any zero
// gives 0. A result beyond 64 bits is pycxx's OverflowError.
#pragma once

#include <cstdint>

#include "math/detail/int_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "lcm")
inline std::int64_t lcm(star_args<std::int64_t> integers) {
  std::uint64_t l = 1;
  bool zero = false;
  for (std::int64_t x : integers) {
    std::uint64_t m = detail::magnitude(x);
    if (m == 0) {
      zero = true;  // CPython still walks on; the answer is 0 whatever follows
      continue;
    }
    if (zero) continue;
    unsigned __int128 next = static_cast<unsigned __int128>(l / detail::gcd_magnitudes(l, m)) * m;
    l = next > UINT64_MAX ? UINT64_MAX : static_cast<std::uint64_t>(next);  // saturate: > 2**63 overflows below
    detail::narrow_or_overflow(static_cast<__int128>(l));
  }
  return zero ? 0 : detail::narrow_or_overflow(l);
}

}  // namespace pycxx::shims::math
