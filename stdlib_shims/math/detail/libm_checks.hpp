// CPython's error rules around the C library's math functions (mathmodule.c's math_1,
// math_2 and is_error), shared by the math/*.hpp shims: a NaN from non-NaN arguments is a
// ValueError "math domain error"; an infinity from finite arguments is an OverflowError
// "math range error" where the function can overflow, and a domain error where it cannot.
#pragma once

#include <cmath>

#include "pycxx/errors.hpp"

namespace pycxx::shims::math::detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void domain_error() {
  pycxx::raise(pycxx::exception_kind::ValueError, "math domain error");
}

[[noreturn, gnu::cold, gnu::noinline]] inline void range_error() {
  pycxx::raise(pycxx::exception_kind::OverflowError, "math range error");
}

// Whether an infinite result from finite input means overflow (exp) or a pole (log(0)).
enum class on_infinity : bool { domain_error, range_error };

// math_1: `r` is f(x) from the C library.
inline double check_unary(double r, double x, on_infinity infinity) {
  if (std::isnan(r) && !std::isnan(x)) [[unlikely]] domain_error();
  if (std::isinf(r) && std::isfinite(x)) [[unlikely]] {
    if (infinity == on_infinity::range_error) range_error();
    domain_error();
  }
  return r;
}

// math_2: `r` is f(x, y) from the C library; an infinity from finite arguments is overflow.
inline double check_binary(double r, double x, double y) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) [[unlikely]] domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) [[unlikely]] range_error();
  return r;
}

// CPython's m_log family (log, log2, log10): positive finite arguments go to the C
// library; 0 and negatives are domain errors; NaN and +inf pass through.
template <class F>
inline double checked_log(double x, F libm_log) {
  if (std::isfinite(x)) {
    if (x > 0.0) return libm_log(x);
    domain_error();
  }
  if (std::isnan(x) || x > 0.0) return x;
  domain_error();  // -inf
}

}  // namespace pycxx::shims::math::detail
