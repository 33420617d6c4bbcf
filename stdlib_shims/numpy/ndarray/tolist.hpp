// numpy.ndarray.tolist(): a's elements as nested Python lists (one level per dimension, C
// order), each element the Python scalar item() gives (detail/python_scalar.hpp). A new
// list: changing it never changes a. An array method (module "numpy.ndarray").
#pragma once

#include <cstddef>

#include "numpy/ndarray/detail/python_scalar.hpp"
#include "pycxx/array.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

namespace tolist_detail {

// The nested list of the axes from D on, starting at element pointer p.
template <std::size_t D, class T, std::size_t N> auto nested(const pycxx::ndarray<T, N>& a, const T* p) {
  if constexpr (D == N) {
    return detail::python_scalar(*p);
  } else {
    using Inner = decltype(nested<D + 1>(a, p));
    pycxx::list<Inner> out;
    for (pycxx::index_t i = 0; i < a.shape()[D]; ++i) out.append(nested<D + 1>(a, p + i * a.strides()[D]));
    return out;
  }
}

}  // namespace tolist_detail

template <class Array>
PYCXX_SHIM("numpy.ndarray", "tolist") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same) PYCXX_TYPE("list")
auto tolist(PYCXX_TYPE("ndarray") const Array& a) {
  static_assert(Array::rank > 0, "tolist() of a 0-d array is its item()");
  pycxx::ndarray<typename Array::value_type, Array::rank> x(a);
  return tolist_detail::nested<0>(x, x.data());
}

}  // namespace pycxx::shims::numpy::ndarray
