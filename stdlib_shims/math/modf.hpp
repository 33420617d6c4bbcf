// math.modf(x): (fractional part, integer part), both floats carrying x's sign;
// modf(±inf) is (±0.0, ±inf) and modf(nan) is (nan, nan), as CPython.
#pragma once

#include <cmath>
#include <tuple>

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "modf") PYCXX_POSITIONAL_ONLY
inline std::tuple<double, double> modf(double x) {
  if (std::isinf(x)) return {std::copysign(0.0, x), x};
  if (std::isnan(x)) return {x, x};
  double integral = 0.0;
  double fraction = std::modf(x, &integral);
  return {fraction, integral};
}

}  // namespace pycxx::shims::math
