// math.hypot(*coordinates): the Euclidean norm, computed as CPython 3.11 does so that the
// result has the same bits: scale by a power of two, square and sum with exact error terms
// (an fma gives each square's rounding error), one square root, one Newton correction.
// An infinity wins over NaN; a norm beyond the largest double is inf (no error, as CPython).
#pragma once

#include <cmath>
#include <initializer_list>

#include "math/detail/vector_norm.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "hypot")
inline double hypot(star_args<double> coordinates) {
  double max = 0.0;
  bool found_nan = false;
  for (double c : coordinates) {
    double a = std::fabs(c);
    found_nan |= std::isnan(a);
    if (a > max) max = a;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return std::nan("");
  if (max == 0.0 || coordinates.size() <= 1) return max;
  return detail::scaled_norm(coordinates.begin(), coordinates.size(), max);
}

}  // namespace pycxx::shims::math
