// math.gcd(*integers): the greatest common divisor, always >= 0; gcd() is 0. The one
// result beyond 64 bits is 2**63 (gcd(-2**63, 0)), pycxx's OverflowError.
#pragma once

#include <cstdint>

#include "math/detail/int_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "gcd")
inline std::int64_t gcd(star_args<std::int64_t> integers) {
  std::uint64_t g = 0;
  for (std::int64_t x : integers) g = detail::gcd_magnitudes(g, detail::magnitude(x));
  return detail::narrow_or_overflow(g);
}

}  // namespace pycxx::shims::math
