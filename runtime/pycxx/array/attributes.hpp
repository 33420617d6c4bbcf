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
