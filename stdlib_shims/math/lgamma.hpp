// math.lgamma(x): log(|Gamma(x)|) with CPython's errors: 0 and negative integers are a
// ValueError "math domain error", infinities give inf, overflow is an OverflowError
// "math range error". Values come from the C library (CPython uses its own Lanczos sum).
#pragma once

#include <cmath>

#include "math/detail/libm_checks.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "lgamma") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("bit-identical results: the C library's lgamma may differ from CPython's Lanczos sum in the last bits")
inline double lgamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return std::fabs(x);
  if (x <= 0.0 && x == std::floor(x)) detail::domain_error();
  int sign = 0;
  double r = ::lgamma_r(x, &sign);  // the reentrant form: std::lgamma writes the global signgam
  if (std::isinf(r)) detail::range_error();
  return r;
}

}  // namespace pycxx::shims::math
