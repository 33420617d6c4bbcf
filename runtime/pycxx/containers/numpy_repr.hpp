// numpy 2's repr of its scalars (np.float64(0.1), np.True_, np.int32(3), np.complex128(1+2j))
// and of the containers that hold them ([np.float64(1.0)]). A numpy scalar is the machine type
// in C++ (a Python float and np.float64 are both double), so the compiler chooses this form
// from the static type: lower_fstring.cpp (as_numpy_text) calls it for repr(), `!r`, and the str() /
// print / f-string of a container whose numbers sema typed as numpy scalars.
#pragma once

#include <complex>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/scalar/format.hpp"

namespace pycxx {

namespace detail {
// numpy's name of the scalar type a C++ number holds (runtime/pycxx/array/dtype.def's ctypes).
template <class T>
constexpr std::string_view numpy_scalar_name() {
  if constexpr (std::is_same_v<T, double>) return "float64";
  else if constexpr (std::is_same_v<T, float>) return "float32";
  else if constexpr (std::is_same_v<T, std::complex<double>>) return "complex128";
  else if constexpr (std::is_same_v<T, std::complex<float>>) return "complex64";
  else if constexpr (std::is_same_v<T, std::int8_t>) return "int8";
  else if constexpr (std::is_same_v<T, std::int16_t>) return "int16";
  else if constexpr (std::is_same_v<T, std::int32_t>) return "int32";
  else if constexpr (std::is_same_v<T, std::int64_t>) return "int64";
  else if constexpr (std::is_same_v<T, std::uint8_t>) return "uint8";
  else if constexpr (std::is_same_v<T, std::uint16_t>) return "uint16";
  else if constexpr (std::is_same_v<T, std::uint32_t>) return "uint32";
  else if constexpr (std::is_same_v<T, std::uint64_t>) return "uint64";
  else static_assert(sizeof(T) == 0, "not a numpy scalar type");
}
}  // namespace detail

template <class T>
std::string numpy_repr(const T& x);

namespace detail {
struct numpy_show {
  template <class T>
  std::string operator()(const T& x) const {
    return numpy_repr(x);
  }
};
}  // namespace detail

// repr(np.float64(0.1)) == 'np.float64(0.1)'; repr(np.True_) == 'np.True_'; a complex shows
// without the parentheses of Python's complex repr (np.complex128(1+2j)). Containers show each
// item this way; strings and None as Python shows them.
template <class T>
std::string numpy_repr(const T& x) {
  if constexpr (std::is_same_v<T, bool>) {
    return x ? "np.True_" : "np.False_";
  } else if constexpr (std::is_arithmetic_v<T>) {
    std::string text = std::is_integral_v<T> ? repr(static_cast<std::int64_t>(x)) : repr(x);
    if constexpr (std::is_same_v<T, std::uint64_t>) text = std::to_string(x);  // beyond int64
    return "np." + std::string(detail::numpy_scalar_name<T>()) + "(" + text + ")";
  } else if constexpr (std::is_same_v<T, std::complex<double>> || std::is_same_v<T, std::complex<float>>) {
    std::string text = repr(x);
    if (text.front() == '(') text = text.substr(1, text.size() - 2);
    return "np." + std::string(detail::numpy_scalar_name<T>()) + "(" + text + ")";
  } else if constexpr (detail::is_optional<T>) {
    return x ? numpy_repr(*x) : std::string("None");
  } else if constexpr (requires { repr_items(x, detail::numpy_show{}); }) {
    return repr_items(x, detail::numpy_show{});
  } else {
    return repr(x);
  }
}

// The op lowering calls: the text as a Python str.
template <class T>
str numpy_repr_str(const T& x) {
  return str(numpy_repr(x));
}

}  // namespace pycxx
