// numpy.ndarray.sort(axis=-1): sorts a in place along one axis (each line along it on its
// own), in numpy's order: NaNs last; complex numbers by real part, then imaginary part, with
// NaN parts last as numpy orders them. An axis out of range is numpy's AxisError. Views sort
// the memory they see (a[:, 0].sort() sorts that column of a). np.sort(a) (a sorted copy) is
// not a shim yet. An array method (module "numpy.ndarray").
#pragma once

#include <algorithm>
#include <complex>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "pycxx/array.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

namespace sort_detail {

template <class T> bool is_nan(const T& v) {
  if constexpr (std::is_floating_point_v<T>) return v != v;
  else return false;
}

// numpy's sort order: a strict weak order with NaN after every number.
template <class T> bool before(const T& a, const T& b) {
  if constexpr (std::is_floating_point_v<T>) {
    return a < b || (b != b && a == a);
  } else if constexpr (requires { a.real(); }) {
    // numpy's complex order: real parts first, then imaginary parts; NaNs (in either part) last.
    bool an = is_nan(a.real()) || is_nan(a.imag()), bn = is_nan(b.real()) || is_nan(b.imag());
    if (an || bn) {
      if (!an) return true;
      if (!bn) return false;
      // both have a NaN: numpy orders by which part is NaN (real NaN after imag NaN), then values
      bool ar = is_nan(a.real()), br = is_nan(b.real());
      if (ar != br) return br;
      if (!ar) return a.real() < b.real();
      return before(a.imag(), b.imag());
    }
    return a.real() < b.real() || (a.real() == b.real() && a.imag() < b.imag());
  } else {
    return a < b;
  }
}

}  // namespace sort_detail

template <class Array>
PYCXX_SHIM("numpy.ndarray", "sort") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("kind=, order=, stable=")
pycxx::none_t sort(PYCXX_TYPE("ndarray") const Array& a, std::int64_t axis = -1) {
  using T = typename Array::value_type;
  constexpr std::size_t N = Array::rank;
  static_assert(N > 0, "sort() of a 0-d array");
  pycxx::ndarray<T, N> x(a);  // an array shares its buffer: the caller sees the sorted values
  const std::size_t ax = pycxx::normalize_axis(axis, N);
  if (!x.writeable()) raise(exception_kind::ValueError, "sort array is read-only");  // after the axis, as numpy
  const pycxx::index_t length = x.shape()[ax], stride = x.strides()[ax];
  if (x.size() == 0 || length < 2) return pycxx::none;
  // Every line along `ax`: walk the other axes with a counter (C order), copy, sort, write back.
  pycxx::shape_t<N> at{};
  std::vector<T> line(static_cast<std::size_t>(length));
  const pycxx::index_t lines = x.size() / length;
  for (pycxx::index_t k = 0; k < lines; ++k) {
    T* p = x.data();
    for (std::size_t d = 0; d < N; ++d) p += at[d] * x.strides()[d];
    for (pycxx::index_t i = 0; i < length; ++i) line[static_cast<std::size_t>(i)] = p[i * stride];
    std::sort(line.begin(), line.end(), [](const T& l, const T& r) { return sort_detail::before(l, r); });
    for (pycxx::index_t i = 0; i < length; ++i) p[i * stride] = line[static_cast<std::size_t>(i)];
    for (std::size_t d = N; d-- > 0;) {  // the next line: advance the counter over the other axes
      if (d == ax) continue;
      if (++at[d] < x.shape()[d]) break;
      at[d] = 0;
    }
  }
  return pycxx::none;
}

}  // namespace pycxx::shims::numpy::ndarray
