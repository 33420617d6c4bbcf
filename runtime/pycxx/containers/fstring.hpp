// f-strings in compiled code: each replacement field becomes a pycxx::str (str(x), repr(x),
// or format(x, spec) by the mini-language of scalar/format_spec.hpp), then the pieces are
// joined. Generated code (compiler/lower/lower_fstring.cpp):
//   f"n={n:5d} s={s!r}" -> pycxx::fstring(str("n="), fstring_format(n, str("5d")), str(" s="), fstring_repr(s))
#pragma once

#include <complex>
#include <cstdint>
#include <string>
#include <type_traits>

#include "pycxx/containers/str.hpp"
#include "pycxx/scalar/format.hpp"
#include "pycxx/scalar/format_spec.hpp"

namespace pycxx {

// f"{x}" / f"{x!s}": str(x).
// (A literal int argument arrives as a C++ int: it is an int64 here.)
template <class T>
str fstring_str(const T& x) {
  if constexpr (std::is_same_v<T, str>) return x;
  else if constexpr (std::is_same_v<T, int>) return str(to_str(static_cast<std::int64_t>(x)));
  // f"{x}" is format(x, ""): numpy's float32 and complex64 format as the Python float or
  // complex they convert to ('0.10000000149011612'), unlike their str() ('0.1').
  else if constexpr (std::is_same_v<T, float>) return str(to_str(static_cast<double>(x)));
  else if constexpr (std::is_same_v<T, std::complex<float>>) return str(to_str(std::complex<double>(x)));
  else return str(to_str(x));  // every integer dtype (a uint64 above 2**63 too)
}

// f"{x!r}": repr(x) (a str is quoted and escaped as CPython's repr).
template <class T>
str fstring_repr(const T& x) {
  if constexpr (std::is_same_v<T, int>) return str(repr(static_cast<std::int64_t>(x)));
  else return str(repr(x));
}

// f"{x:spec}": format(x, spec) of an int, bool, float or str (a !r / !s field passes its str).
template <class T>
str fstring_format(const T& x, const str& spec) {
  if constexpr (std::is_same_v<T, str>) return str(format_text(x.view(), spec.view()));
  else if constexpr (std::is_same_v<T, bool>) return str(format_value<bool>(x, spec.view()));
  else if constexpr (std::is_integral_v<T>) return str(format_value(static_cast<std::int64_t>(x), spec.view()));
  else return str(format_value(static_cast<double>(x), spec.view()));
}

template <class... Parts>
str fstring(const Parts&... parts) {
  std::string out;
  ((out += parts.view()), ...);
  return str(std::move(out));
}

}  // namespace pycxx
