// math.ulp(x): the value of the least significant bit of x, as CPython computes it: NaN
// and inf come back as they are (inf positive); the largest double measures the gap below.
#pragma once

#include <cmath>
#include <limits>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "ulp") PYCXX_POSITIONAL_ONLY
inline double ulp(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  constexpr double inf = std::numeric_limits<double>::infinity();
  double above = std::nextafter(x, inf);
  if (std::isinf(above)) return x - std::nextafter(x, -inf);
  return above - x;
}

}  // namespace pycxx::shims::math
