// Python `complex` semantics on std::complex<double>, following CPython 3.11's
// complexobject.c rather than C++'s operators: C++'s * and / recover infinities
// (Annex G) where CPython gives nan, and CPython divides with Smith's method.
// Mixed operands: Python first converts an int or float operand to complex(x, 0.0),
// so generated code does the same (pycxx::to_complex) and then calls these.
// Neighbours: float_ops.hpp (float), format.hpp (repr "(1+2j)"), compare.hpp (==).
//
// Generated code (a, b: std::complex<double>):
//   a + b -> pycxx::complex_add(a, b)   a - b -> pycxx::complex_sub(a, b)   -a -> pycxx::complex_neg(a)
//   a * b -> pycxx::complex_mul(a, b)   a / b -> pycxx::complex_truediv(a, b)
//   a ** b -> pycxx::complex_pow(a, b)  abs(a) -> pycxx::complex_abs(a)      (double)
//   a.real / a.imag / a.conjugate() -> pycxx::complex_real(a) / complex_imag(a) / complex_conjugate(a)
//   complex(x) / complex(x, y) -> pycxx::to_complex(x) / pycxx::to_complex(x, y)
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>

#include "pycxx/errors.hpp"

namespace pycxx {

using complex128 = std::complex<double>;

constexpr complex128 to_complex(double real, double imag = 0.0) { return {real, imag}; }
constexpr complex128 to_complex(complex128 z) { return z; }

constexpr double complex_real(complex128 z) { return z.real(); }
constexpr double complex_imag(complex128 z) { return z.imag(); }
constexpr complex128 complex_conjugate(complex128 z) { return {z.real(), -z.imag()}; }

constexpr complex128 complex_add(complex128 a, complex128 b) { return {a.real() + b.real(), a.imag() + b.imag()}; }
constexpr complex128 complex_sub(complex128 a, complex128 b) { return {a.real() - b.real(), a.imag() - b.imag()}; }
constexpr complex128 complex_neg(complex128 a) { return {-a.real(), -a.imag()}; }

// CPython's _Py_c_prod: the schoolbook formula, no infinity recovery.
constexpr complex128 complex_mul(complex128 a, complex128 b) {
  return {a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()};
}

namespace detail {
// CPython's _Py_c_quot (Smith's method); `zero_division` reports a zero divisor (EDOM).
constexpr complex128 complex_quot(complex128 a, complex128 b, bool& zero_division) {
  const double abs_breal = b.real() < 0 ? -b.real() : b.real();
  const double abs_bimag = b.imag() < 0 ? -b.imag() : b.imag();
  zero_division = false;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      zero_division = true;
      return {0.0, 0.0};
    }
    const double ratio = b.imag() / b.real();
    const double denom = b.real() + b.imag() * ratio;
    return {(a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    const double ratio = b.real() / b.imag();
    const double denom = b.real() * ratio + b.imag();
    return {(a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom};
  }
  // At least one of b.real, b.imag is a NaN.
  return {std::nan(""), std::nan("")};
}

// CPython's c_powu: binary powering with _Py_c_prod.
inline complex128 complex_powu(complex128 x, std::int64_t n) {
  complex128 r{1.0, 0.0};
  complex128 p = x;
  std::int64_t mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complex_mul(r, p);
    mask <<= 1;
    p = complex_mul(p, p);
  }
  return r;
}
}  // namespace detail

inline complex128 complex_truediv(complex128 a, complex128 b) {
  bool zero_division;
  complex128 r = detail::complex_quot(a, b, zero_division);
  if (zero_division) [[unlikely]] raise(exception_kind::ZeroDivisionError, "complex division by zero");
  return r;
}

// CPython's complex_pow: integral exponents up to 100 by repeated multiplication (c_powi),
// others by polar form (_Py_c_pow); an infinite part is an OverflowError.
inline complex128 complex_pow(complex128 a, complex128 b) {
  bool domain_error = false;
  complex128 r;
  if (b.imag() == 0.0 && b.real() == std::floor(b.real()) && std::fabs(b.real()) <= 100.0) {
    auto n = static_cast<std::int64_t>(b.real());
    if (n > 0) r = detail::complex_powu(a, n);
    else r = detail::complex_quot({1.0, 0.0}, detail::complex_powu(a, -n), domain_error);
  } else if (b.real() == 0.0 && b.imag() == 0.0) {
    r = {1.0, 0.0};
  } else if (a.real() == 0.0 && a.imag() == 0.0) {
    domain_error = b.imag() != 0.0 || b.real() < 0.0;
    r = {0.0, 0.0};
  } else {
    const double vabs = std::hypot(a.real(), a.imag());
    double len = std::pow(vabs, b.real());
    const double at = std::atan2(a.imag(), a.real());
    double phase = at * b.real();
    if (b.imag() != 0.0) {
      len /= std::exp(at * b.imag());
      phase += b.imag() * std::log(vabs);
    }
    // cos/sin of an infinite phase set errno to EDOM in libm, which CPython reports as this
    // ZeroDivisionError (its one check for EDOM), so pycxx does the same.
    if (std::isinf(phase)) domain_error = true;
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  if (domain_error) [[unlikely]]
    raise(exception_kind::ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(r.real()) || std::isinf(r.imag())) [[unlikely]]
    raise(exception_kind::OverflowError, "complex exponentiation");
  return r;
}

// abs(z): hypot, which is finite whenever the true modulus is; an overflow is CPython's error.
inline double complex_abs(complex128 z) {
  if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) {
    // CPython: an infinite part gives inf even when the other is nan.
    if (std::isinf(z.real()) || std::isinf(z.imag())) return HUGE_VAL;
    return std::nan("");
  }
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r)) [[unlikely]] raise(exception_kind::OverflowError, "absolute value too large");
  return r;
}

}  // namespace pycxx
