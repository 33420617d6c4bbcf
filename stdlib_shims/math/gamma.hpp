// math.gamma(x): the Gamma function with CPython's errors: 0, negative integers and -inf are
// a ValueError "math domain error"; overflow is an OverflowError "math range error".
// Values come from the C library's tgamma (CPython uses its own Lanczos sum: the two may
// differ in the last bits, see PYCXX_UNSUPPORTED below).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "gamma") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("bit-identical results: the C library's tgamma may differ from CPython's Lanczos sum in the last bits")
inline double gamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) {
    if (x > 0.0) return x;
    detail::domain_error();
  }
  if (x == 0.0 || (x < 0.0 && x == std::floor(x))) detail::domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) detail::range_error();
  return r;
}

}  // namespace pycxx::shims::math
