// numpy scalar semantics on machine types: what a[i] of an array gives (numpy.float64,
// numpy.int32, ...) computes as numpy's ufuncs on 0-d values, not as Python's scalars: float
// division by zero gives inf/nan, integers wrap, `//` and `%` by zero give 0. The kernels are
// the array runtime's ufunc functors (pycxx/array/ufunc_binary.hpp, ufunc_unary.hpp), so a
// numpy scalar and an array element compute alike. The compiler (sema) picks the dtype C of
// each operation by numpy 2's promotion; these templates only convert and apply.
// Neighbours: int_ops.hpp / float_ops.hpp (Python's scalars), ../python/numpy_scalar.hpp (boundary).
//
// Generated code (a, b: numpy scalars or Python scalars of the same machine type):
//   a + b    -> pycxx::numpy_binary<pycxx::ufunc::add, double>(a, b)
//   i8 + 300 -> pycxx::numpy_binary<pycxx::ufunc::add, std::int8_t>(a, pycxx::numpy_weak<std::int8_t>(300))
//   a < b    -> pycxx::numpy_compare<pycxx::ufunc::less, double>(a, b)
//   -a       -> pycxx::numpy_unary<pycxx::ufunc::negative>(a)
//   np.int8(x) of a Python number -> pycxx::numpy_from_python<std::int8_t>(x); of a numpy scalar -> pycxx::numpy_cast<...>
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <type_traits>

#include "pycxx/array/dtype.hpp"
#include "pycxx/array/ufunc_binary.hpp"
#include "pycxx/array/ufunc_unary.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

// A Python int operand of an operation computed in the integer type C (NEP 50: the Python
// int is weak, but must fit C): numpy's OverflowError "Python integer 300 out of bounds for int8".
template <class C, class P> C numpy_weak(P v) {
  check_weak_int<C>(v);
  return convert<C>(v);
}

// `a OP b` computed in C (numpy's promoted dtype, or the ufunc's own: float64 for `/` of ints).
template <class Ufunc, class C, class A, class B> auto numpy_binary(A a, B b) {
  return Ufunc::apply(convert<C>(a), convert<C>(b));
}

// A comparison computed in C; the result is a numpy.bool (a C++ bool).
template <class Ufunc, class C, class A, class B> bool numpy_compare(A a, B b) {
  return Ufunc::apply(convert<C>(a), convert<C>(b));
}

template <class Ufunc, class A> auto numpy_unary(A a) { return Ufunc::apply(a); }

// z.real and z.imag of a numpy scalar: complex64's parts are float32; a real number is its
// own real part and has a zero imaginary part of its own type.
template <class A> auto numpy_real(A a) {
  if constexpr (is_complex_v<A>) return a.real();
  else return a;
}
template <class A> auto numpy_imag(A a) {
  if constexpr (is_complex_v<A>) return a.imag();
  else return A{};
}

namespace detail {
// A float to an integer as numpy's C casts do on x86-64: through int64 (out of range and nan
// give INT64_MIN, as cvttsd2si), then wrapped to the narrower type. Defined, unlike C++'s cast.
template <class To, class F> To float_to_integer(F v) {
  std::int64_t wide = std::numeric_limits<std::int64_t>::min();
  if (v == v && v >= F(-9223372036854775808.0) && v < F(9223372036854775808.0)) wide = static_cast<std::int64_t>(v);
  if constexpr (std::is_same_v<To, std::uint64_t>)
    if (v == v && v >= F(9223372036854775808.0) && v < F(18446744073709551616.0)) return static_cast<To>(v);
  return static_cast<To>(wide);
}
}  // namespace detail

// np.int8(n), np.float32(x) of a numpy scalar: numpy's C cast ('unsafe'): ints wrap, floats
// round, a float beyond an integer type's range is what x86-64 gives (above).
template <class To, class From> To numpy_cast(From v) {
  if constexpr (is_integral_v<To> && (std::is_floating_point_v<From> || is_complex_v<From>)) {
    if constexpr (is_complex_v<From>) return detail::float_to_integer<To>(v.real());
    else return detail::float_to_integer<To>(v);
  } else {
    return convert<To>(v);
  }
}

// np.int8(x), np.float32(x) of a Python int, float or bool: numpy's conversions of Python
// numbers, with its errors: an int out of the type's range raises OverflowError
// ("Python integer 300 out of bounds for int8"), a float is truncated to an int first
// (nan: ValueError, inf: OverflowError, as Python's int()).
template <class To, class From> To numpy_from_python(From v) {
  if constexpr (is_integral_v<To> && std::is_floating_point_v<From>) {
    if (v != v) raise(exception_kind::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(v)) raise(exception_kind::OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(static_cast<double>(v));
    if constexpr (std::is_same_v<To, std::int64_t>) {
      if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
        raise(exception_kind::OverflowError, "Python int too large to convert to C long");
    } else {
      if (t < static_cast<double>(std::numeric_limits<To>::min()) ||
          t > static_cast<double>(std::numeric_limits<To>::max()))
      {
        char digits[400];  // every finite double's integer digits fit
        std::snprintf(digits, sizeof digits, "%.0f", t);
        raise(exception_kind::OverflowError,
              std::string("Python integer ") + digits + " out of bounds for " + dtype_traits<To>::name);
      }
    }
    return static_cast<To>(t);
  } else if constexpr (is_integral_v<To> && std::is_integral_v<From> && !std::is_same_v<From, bool>) {
    return numpy_weak<To>(v);
  } else {
    return convert<To>(v);
  }
}

}  // namespace pycxx
