// The array attributes Python code reads, as Python values: `a.shape` is a tuple of Python
// ints (std::int64_t), `a.size` a Python int. Generated code calls these; the C++ shape is
// ndarray::shape() (ndarray.hpp). Tested through compiled code: test/run/test_arrays.py.
#pragma once

#include <cstdint>
#include <tuple>
#include <utility>

#include "pycxx/array/ndarray.hpp"

namespace pycxx {

template <class T, std::size_t N> auto shape_tuple(const ndarray<T, N>& a) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return std::tuple{static_cast<std::int64_t>(a.shape()[I])...};
  }(std::make_index_sequence<N>{});
}

template <class T, std::size_t N> std::int64_t array_size(const ndarray<T, N>& a) {
  return static_cast<std::int64_t>(a.size());
}

}  // namespace pycxx

namespace pycxx {

// The shape argument of np.zeros(n) / np.zeros((h, w)) / np.zeros(a.shape): Python ints as a
// shape_t (ndarray's constructor raises numpy's ValueError for a negative dimension).
template <class... I> shape_t<sizeof...(I)> make_shape(I... n) { return shape_t<sizeof...(I)>{static_cast<index_t>(n)...}; }
template <class... I> shape_t<sizeof...(I)> make_shape(const std::tuple<I...>& t) {
  return std::apply([](auto... n) { return make_shape(n...); }, t);
}

}  // namespace pycxx
