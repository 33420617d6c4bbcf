// repr() and str() of Python scalars and tuples, character for character as CPython:
// floats in the shortest form that round-trips ('0.1', '1e+16', '1e-05', 'inf', 'nan',
// '-0.0'), complex as '(1+2j)' / '1j' / '(-0+1j)', bool as 'True', None as 'None',
// tuples as '(1,)' / '(1, 2.5)'. For scalars and tuples str() is repr().
// Neighbours: none.hpp, complex_ops.hpp; print() and f-strings build on these.
//
// Generated code:  std::string s = pycxx::repr(x);   (x: int64_t, double, bool, complex, none_t, tuple)
//                  std::string s = pycxx::to_str(x); (str(x); the str type adds its own overload)
#pragma once

#include <charconv>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>

#include "pycxx/scalar/none.hpp"

namespace pycxx {

namespace detail {
// CPython's format_float_short for repr ('r' mode): shortest round-trip digits, positional
// notation when -4 < exponent < 16, else d.ddde+XX with at least two exponent digits.
// `add_dot_0` is float repr's ".0" on integral values; complex parts go without it.
// numpy's str of a float32 (F = float) is the same with float32's shortest digits,
// positional only for 1e-4 <= |x| < 1e6 (numpy's Dragon4 choice: np.float32(1e6) is '1e+06').
template <class F = double>
inline std::string format_double_repr(F x, bool add_dot_0) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[40];
  auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, result.ptr);  // "-1.2345e+02": shortest round-trip digits
  std::string out;
  std::size_t pos = 0;
  if (sci[0] == '-') {
    out += '-';
    pos = 1;
  }
  std::size_t e = sci.find('e');
  std::string digits;
  for (std::size_t i = pos; i < e; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exponent = std::atoi(sci.c_str() + e + 1);
  int decpt = exponent + 1;  // value = 0.DIGITS * 10**decpt
  int n = static_cast<int>(digits.size());
  bool scientific = decpt <= -4 || decpt > 16;
  if constexpr (std::is_same_v<F, float>) {
    const double ax = std::fabs(static_cast<double>(x));  // numpy compares exactly: float32(1e-4) < 1e-4
    scientific = x != 0 && (ax < 1e-4 || ax >= 1e6);
  }
  if (scientific) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits, 1, std::string::npos);
    }
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    int ax = exponent < 0 ? -exponent : exponent;
    if (ax < 10) out += '0';
    out += std::to_string(ax);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= n) {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - n), '0');
    if (add_dot_0) out += ".0";
  } else {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
  }
  return out;
}
}  // namespace detail

inline std::string repr(double x) { return detail::format_double_repr(x, true); }
// A float32 (only numpy.float32 is one): numpy's str, '0.1' (not float64's 0.10000000149011612).
inline std::string repr(float x) { return detail::format_double_repr(x, true); }

inline std::string repr(std::int64_t i) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, i);
  return std::string(buf, result.ptr);
}

// The other integer dtypes' elements (numpy.int8 ... numpy.uint64): their value in decimal.
template <class I>
  requires(std::is_integral_v<I> && !std::is_same_v<I, bool> && !std::is_same_v<I, std::int64_t>)
inline std::string repr(I i) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, i);
  return std::string(buf, result.ptr);
}

// Only bool itself: an int or char must not silently print as True.
template <class B>
  requires std::is_same_v<B, bool>
inline std::string repr(B b) {
  return b ? "True" : "False";
}

inline std::string repr(none_t) { return "None"; }

// CPython's complex_repr: a zero real part with a positive sign is left out ('1j'). A
// complex64 (numpy.complex64) formats its parts as float32s, as numpy's str does.
template <class F>
  requires(std::is_same_v<F, double> || std::is_same_v<F, float>)
inline std::string repr(std::complex<F> z) {
  std::string imag = detail::format_double_repr<F>(z.imag(), false);
  if (z.real() == 0 && !std::signbit(z.real())) return imag + "j";
  std::string real = detail::format_double_repr<F>(z.real(), false);
  std::string sign = (imag[0] == '-') ? "" : "+";
  return "(" + real + sign + imag + "j)";
}

// repr_items shows each element with `show` (numpy_repr.hpp passes numpy's scalar forms).
template <class... T, class Show>
std::string repr_items(const std::tuple<T...>& t, Show show) {
  std::string out = "(";
  std::apply(
      [&out, &show](const auto&... element) {
        std::size_t i = 0;
        ((out += (i++ ? ", " : ""), out += show(element)), ...);
      },
      t);
  if (sizeof...(T) == 1) out += ',';
  out += ')';
  return out;
}

template <class... T>
std::string repr(const std::tuple<T...>& t) {
  return repr_items(t, [](const auto& element) { return repr(element); });
}

// str(x): the same as repr(x) for every scalar and tuple (Python 3's float str is its repr).
template <class T>
  requires requires(const T& x) { repr(x); }
std::string to_str(const T& x) {
  return repr(x);
}

// str of a string literal (print("total:", n)) is the text itself.
inline std::string to_str(std::string_view text) { return std::string(text); }

}  // namespace pycxx
