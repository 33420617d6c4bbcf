// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): CPython's test, symmetric in a and b;
// infinities are close only to themselves, NaN to nothing. Negative tolerances are a
// ValueError "tolerances must be non-negative".
#pragma once

#include <cmath>

#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "isclose")
inline bool isclose(double a, double b, PYCXX_KW_ONLY double rel_tol = 1e-09, double abs_tol = 0.0) {
  if (rel_tol < 0.0 || abs_tol < 0.0)
    pycxx::raise(pycxx::exception_kind::ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  double diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

}  // namespace pycxx::shims::math
