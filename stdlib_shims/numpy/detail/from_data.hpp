// numpy.array / numpy.asarray of data (array.hpp, asarray.hpp): numbers, lists and tuples of
// them nested to any depth, arrays, and lists or tuples of arrays, into a new C-order array of
// dtype T. The shape is found as numpy finds it (unequal lengths raise its "inhomogeneous
// shape" ValueError); Python numbers convert with numpy's rules for Python objects (int():
// NaN and overflow errors, "Python integer ... out of bounds"), arrays with its unsafe cast.
#pragma once

#include <algorithm>
#include <complex>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "pycxx/array.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/float_ops.hpp"

namespace pycxx::shims::numpy::detail {

// The number of dimensions a value contributes: 0 for a number.
template <class X> struct data_rank : std::integral_constant<std::size_t, 0> {};
template <class X> struct data_rank<pycxx::list<X>> : std::integral_constant<std::size_t, 1 + data_rank<X>::value> {};
template <class X, class... Y>
struct data_rank<std::tuple<X, Y...>> : std::integral_constant<std::size_t, 1 + data_rank<X>::value> {};
template <class U, std::size_t K> struct data_rank<pycxx::ndarray<U, K>> : std::integral_constant<std::size_t, K> {};

// Whether A is an ndarray of element type T (asarray returns it as it is).
template <class T, class A> inline constexpr bool is_array_of_v = false;
template <class T, std::size_t K> inline constexpr bool is_array_of_v<T, pycxx::ndarray<T, K>> = true;

// A Python number stored into an array of T, as numpy converts Python objects. Bools and
// numpy scalars (their machine types: float, int32_t, ...) take numpy's unsafe cast.
template <class X>
inline constexpr bool python_number_v =
    std::is_same_v<X, std::int64_t> || std::is_same_v<X, double> || std::is_same_v<X, std::complex<double>>;

template <class T, class X> T from_python(const X& x) {
  if constexpr (std::is_same_v<T, bool> || !python_number_v<X>) {
    return pycxx::convert<T>(x);
  } else if constexpr (std::is_same_v<X, std::complex<double>> && !pycxx::is_complex_v<T>) {
    pycxx::raise(pycxx::exception_kind::TypeError,
                 pycxx::is_float_v<T> ? "float() argument must be a string or a real number, not 'complex'"
                                      : "int() argument must be a string, a bytes-like object or a real number, not "
                                        "'complex'");
  } else if constexpr (pycxx::is_integral_v<T>) {
    std::int64_t i = 0;
    if constexpr (std::is_same_v<X, double>) {  // int(x), which numpy then converts to a C long
      if (std::isfinite(x) && !(x >= -9223372036854775808.0 && x < 9223372036854775808.0))
        pycxx::raise(pycxx::exception_kind::OverflowError, "Python int too large to convert to C long");
      i = pycxx::float_to_int(x);
    } else {
      i = x;
    }
    pycxx::check_weak_int<T>(i);
    return static_cast<T>(i);
  } else {
    return pycxx::convert<T>(x);
  }
}

template <std::size_t N> struct shape_finder {
  pycxx::shape_t<N> shape{};
  std::array<bool, N + 1> seen{};

  // One more length at depth d: the first sets it, the others must agree.
  void length(std::size_t d, pycxx::index_t n) {
    if (!seen[d]) {
      seen[d] = true;
      shape[d] = n;
      return;
    }
    if (shape[d] == n) return;
    std::string detected = "(";
    for (std::size_t k = 0; k < d; ++k) detected += (k ? ", " : "") + std::to_string(shape[k]);
    detected += d == 1 ? ",)" : ")";
    pycxx::raise(pycxx::exception_kind::ValueError,
                 "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
                     std::to_string(d) + " dimensions. The detected shape was " + detected + " + inhomogeneous part.");
  }

  template <class X> void visit(const X& x, std::size_t d) {
    if constexpr (std::is_base_of_v<pycxx::expression_tag, X>) {
      for (std::size_t k = 0; k < X::rank; ++k) length(d + k, x.shape()[k]);
    } else if constexpr (data_rank<X>::value == 0) {
    } else if constexpr (requires { x.size(); }) {  // a list
      length(d, static_cast<pycxx::index_t>(x.size()));
      for (const auto& item : x) visit(item, d + 1);
    } else {  // a tuple
      length(d, static_cast<pycxx::index_t>(std::tuple_size_v<X>));
      std::apply([&](const auto&... item) { (visit(item, d + 1), ...); }, x);
    }
  }
};

// Writes the leaves of x in C order from `out` on.
template <class T, class X> void fill(const X& x, T*& out) {
  if constexpr (std::is_base_of_v<pycxx::expression_tag, X>) {
    pycxx::ndarray<T, X::rank> part(pycxx::buffer_ref{}, out, x.shape(), pycxx::c_strides(x.shape()));
    pycxx::assign_fresh(part, x);
    out += x.size();
  } else if constexpr (data_rank<X>::value == 0) {
    *out++ = from_python<T>(x);
  } else if constexpr (requires { x.size(); }) {
    for (const auto& item : x) fill(item, out);
  } else {
    std::apply([&](const auto&... item) { (fill(item, out), ...); }, x);
  }
}

template <class T, class X> pycxx::ndarray<T, data_rank<X>::value> from_data(const X& x) {
  constexpr std::size_t N = data_rank<X>::value;
  static_assert(N > 0, "a 0-d array from a number: sema refuses it");
  shape_finder<N> finder;
  finder.visit(x, 0);
  pycxx::ndarray<T, N> result(finder.shape);
  T* out = result.data();
  fill(x, out);
  return result;
}

}  // namespace pycxx::shims::numpy::detail
