// math.log(x[, base]): the natural logarithm, or log(x) / log(base) as CPython computes
// it (so log(x, 1) is a ZeroDivisionError "float division by zero"). x <= 0 is a
// ValueError "math domain error". An int x converts to float exactly as CPython's does.
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx/scalar/float_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "log") PYCXX_POSITIONAL_ONLY
inline double log(double x) {
  return detail::checked_log(x, [](double v) { return std::log(v); });
}

PYCXX_SHIM("math", "log") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("int arguments beyond 64 bits (CPython's log takes any int)")
inline double log(double x, double base) {
  double num = log(x);
  double den = log(base);
  return pycxx::float_truediv(num, den);
}

}  // namespace pycxx::shims::math
