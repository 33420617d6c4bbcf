// math.fmod(x, y): C's fmod (the remainder takes x's sign, unlike Python's %), with
// CPython's rules: fmod(x, ±inf) is x for a finite x; fmod(inf, y) and fmod(x, 0) are a
// ValueError "math domain error".
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "fmod") PYCXX_POSITIONAL_ONLY
inline double fmod(double x, double y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  return detail::check_binary(std::fmod(x, y), x, y);
}

}  // namespace pycxx::shims::math
