// A numpy ufunc called with only scalars (np.sqrt(2.0), np.where(c, 1.0, 2.0)): numpy computes
// it as on 0-d arrays, with its own rules (float64 division by zero gives inf, not an error).
// on_scalars runs the array ufunc `f` over one-element arrays and returns the element; numpy
// scalars come marked strong() (pycxx/array/expr.hpp) and Python scalars bare.
// Generated code calls it for all-scalar ufunc calls (compiler/lower/lower_call.cpp);
// tested through compiled code (test/run/test_arrays.py).
#pragma once

#include <tuple>
#include <type_traits>
#include <utility>

#include "pycxx/array/ndarray.hpp"

namespace pycxx {

namespace detail {
template <class T> struct is_strong_scalar : std::false_type {};
template <class T> struct is_strong_scalar<scalar_expr<T>> : std::true_type {};

// With a numpy scalar among the arguments (marked strong()), it is the one-element array and
// the Python scalars stay bare, weak against it (NEP 50: np.maximum(np.float32(1), 2.5) is float32).
template <class S> auto scalar_operand(const S& s) {
  if constexpr (is_strong_scalar<S>::value) return ndarray<typename S::value_type, 1>(shape_t<1>{1}, s.value());
  else return s;
}
// Evaluates an array expression of one element and returns that element.
template <class E> auto first_element(const E& e) {
  ndarray<typename std::remove_cvref_t<E>::value_type, 1> result(e);
  return result.data()[0];
}
}  // namespace detail

template <class F, class... S> auto on_scalars(F f, S... scalars) {
  // The one-element arrays are temporaries that the lazy expression holds by reference: it is
  // evaluated within the same full expression, while they are alive.
  if constexpr ((detail::is_strong_scalar<S>::value || ...))
    return detail::first_element(f(detail::scalar_operand(scalars)...));
  else
    return detail::first_element(f(ndarray<S, 1>(shape_t<1>{1}, scalars)...));
}

}  // namespace pycxx
