// math.frexp(x): (m, e) with x == m * 2**e and 0.5 <= |m| < 1; zeros, infinities and NaN
// give (x, 0) as in CPython.
#pragma once

#include <cmath>
#include <cstdint>
#include <tuple>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "frexp") PYCXX_POSITIONAL_ONLY
inline std::tuple<double, std::int64_t> frexp(double x) {
  if (x == 0.0 || !std::isfinite(x)) return {x, 0};
  int e = 0;
  double m = std::frexp(x, &e);
  return {m, e};
}

}  // namespace pycxx::shims::math
