// Comparisons of Python scalars as CPython makes them: an int and a float are compared
// exactly (2**53 + 1 != 2.0**53, although converting the int to double would say equal),
// NaN is unordered, bool is an int, complex equals a real only when its imag is 0.
// Neighbours: int_ops.hpp, float_ops.hpp, complex_ops.hpp.
//
// Generated code: every scalar comparison (also each link of a chained one, a < b < c ->
// pycxx::lt(a, b) && pycxx::lt(b, c), with b evaluated once) calls
//   pycxx::eq(a, b)  pycxx::ne(a, b)  pycxx::lt(a, b)  pycxx::le(a, b)  pycxx::gt(a, b)  pycxx::ge(a, b)
// for any mix of std::int64_t, double, bool (and eq/ne with std::complex<double>).
// Same-type comparisons compile to the plain C++ operator.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <type_traits>

namespace pycxx {

// The result of comparing an int with a float: less, equal, greater, or unordered (NaN).
enum class partial_order : signed char { less = -1, equal = 0, greater = 1, unordered = 2 };

// Exact int64 <=> double, as CPython's float_richcompare does for a float and an int.
inline partial_order compare_int_float(std::int64_t i, double d) {
  if (std::isnan(d)) return partial_order::unordered;
  if (d >= 9223372036854775808.0) return partial_order::less;  // 2**63 > every int64
  if (d < -9223372036854775808.0) return partial_order::greater;
  double t = std::trunc(d);
  auto ti = static_cast<std::int64_t>(t);  // exact: |t| <= 2**63 and t is integral
  if (i < ti) return partial_order::less;
  if (i > ti) return partial_order::greater;
  double frac = d - t;  // exact
  if (frac > 0.0) return partial_order::less;
  if (frac < 0.0) return partial_order::greater;
  return partial_order::equal;
}

namespace detail {
template <class T>
inline constexpr bool is_py_int = std::is_integral_v<T>;  // int64_t and bool
template <class T>
inline constexpr bool is_py_float = std::is_floating_point_v<T>;
template <class T>
inline constexpr bool is_py_complex = false;
template <class T>
inline constexpr bool is_py_complex<std::complex<T>> = true;

// a <=> b for two real scalars; only mixed int/float takes the exact path.
template <class A, class B>
constexpr partial_order compare_real(A a, B b) {
  if constexpr (is_py_int<A> && is_py_float<B>) {
    return compare_int_float(static_cast<std::int64_t>(a), static_cast<double>(b));
  } else if constexpr (is_py_float<A> && is_py_int<B>) {
    partial_order o = compare_int_float(static_cast<std::int64_t>(b), static_cast<double>(a));
    if (o == partial_order::less) return partial_order::greater;
    if (o == partial_order::greater) return partial_order::less;
    return o;
  } else {
    static_assert((is_py_int<A> || is_py_float<A>) && (is_py_int<B> || is_py_float<B>),
                  "pycxx comparisons take int, float and bool operands");
    using C = std::common_type_t<A, B>;
    C x = static_cast<C>(a), y = static_cast<C>(b);
    if (x < y) return partial_order::less;
    if (x > y) return partial_order::greater;
    if (x == y) return partial_order::equal;
    return partial_order::unordered;
  }
}

template <class A, class B>
inline constexpr bool same_plain = std::is_same_v<A, B> && !is_py_complex<A>;
}  // namespace detail

template <class A, class B>
constexpr bool eq(A a, B b) {
  if constexpr (detail::same_plain<A, B>) {
    return a == b;
  } else if constexpr (detail::is_py_complex<A> && detail::is_py_complex<B>) {
    return a.real() == b.real() && a.imag() == b.imag();
  } else if constexpr (detail::is_py_complex<A>) {
    return a.imag() == 0.0 && detail::compare_real(a.real(), b) == partial_order::equal;
  } else if constexpr (detail::is_py_complex<B>) {
    return b.imag() == 0.0 && detail::compare_real(a, b.real()) == partial_order::equal;
  } else {
    return detail::compare_real(a, b) == partial_order::equal;
  }
}

template <class A, class B>
constexpr bool ne(A a, B b) {
  return !eq(a, b);
}

template <class A, class B>
constexpr bool lt(A a, B b) {
  if constexpr (detail::same_plain<A, B>) return a < b;
  else return detail::compare_real(a, b) == partial_order::less;
}

template <class A, class B>
constexpr bool le(A a, B b) {
  if constexpr (detail::same_plain<A, B>) {
    return a <= b;
  } else {
    partial_order o = detail::compare_real(a, b);
    return o == partial_order::less || o == partial_order::equal;
  }
}

template <class A, class B>
constexpr bool gt(A a, B b) {
  return lt(b, a);
}

template <class A, class B>
constexpr bool ge(A a, B b) {
  return le(b, a);
}

}  // namespace pycxx
