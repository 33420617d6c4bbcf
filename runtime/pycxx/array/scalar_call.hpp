// A numpy ufunc called with only scalars (np.sqrt(2.0), np.where(c, 1.0, 2.0)): numpy computes
// it as on 0-d arrays, with its own rules (float64 division by zero gives inf, not an error).
// on_scalars runs the array ufunc `f` over one-element arrays and returns the element.
// Generated code calls it for all-scalar ufunc calls (compiler/lower/lower_call.cpp);
// tested through compiled code (test/run/test_arrays.py).
#pragma once

#include <tuple>
#include <type_traits>
#include <utility>

#include "pycxx/array/ndarray.hpp"

namespace pycxx {

template <class F, class... S> auto on_scalars(F f, S... scalars) {
  // The one-element arrays outlive the lazy expression: the generated lambda passes them on as
  // lvalues, which the expression holds by reference.
  std::tuple<ndarray<S, 1>...> arrays{ndarray<S, 1>(shape_t<1>{1}, scalars)...};
  auto e = std::apply([&](auto&... a) { return f(a...); }, arrays);
  using E = std::remove_cvref_t<decltype(e)>;
  ndarray<typename E::value_type, 1> result(e);
  return result.data()[0];
}

}  // namespace pycxx
