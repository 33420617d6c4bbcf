// An array element as the Python scalar numpy's item() and tolist() give: bool stays bool,
// every int dtype an int (a uint64 above 2**63 - 1 wraps, as docs/arrays.md says), floats a
// float, complex a complex. Used by numpy/ndarray/item.hpp and tolist.hpp.
#pragma once

#include <complex>
#include <cstdint>
#include <type_traits>

namespace pycxx::shims::numpy::ndarray::detail {

template <class T> auto python_scalar(T v) {
  if constexpr (std::is_same_v<T, bool>) return v;
  else if constexpr (std::is_integral_v<T>) return static_cast<std::int64_t>(v);
  else if constexpr (std::is_floating_point_v<T>) return static_cast<double>(v);
  else return std::complex<double>(v);
}

}  // namespace pycxx::shims::numpy::ndarray::detail
