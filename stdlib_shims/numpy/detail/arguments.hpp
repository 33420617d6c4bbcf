// How numpy's keyword arguments reach the numpy shims (typing rules Reduction and
// Creation in compiler/shimscan/typing_rule.def): every Python parameter is a C++
// parameter, so the registry's parameter list is the call's. Compile-time choices are
// types: dtype= is dtype_arg<T>{}, keepdims= is std::bool_constant<v>{}, axis=None is
// pycxx::none. reduce() maps them onto the runtime's reduction overloads (pycxx/array/reduce.hpp).
#pragma once

#include <type_traits>

#include "pycxx/array.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx::shims::numpy {

// A dtype argument: dtype_arg<float>{} is `dtype=np.float32`; dtype_arg<void> is "numpy's default".
template <class T>
struct dtype_arg {
  using type = T;
};

namespace detail {

// A 1-d array reduced over its one axis is a 0-d array in the runtime and a scalar in numpy
// (and in sema's type of the call): its element.
template <class T> struct is_0d : std::false_type {};
template <class T> struct is_0d<pycxx::ndarray<T, 0>> : std::true_type {};
template <class R>
auto scalar_if_0d(R r) {
  if constexpr (is_0d<R>::value) return *r.data();
  else return r;
}

// Calls `reduction(a[, axis][, pycxx::keepdims])`, the runtime's overload set, as the
// Python arguments ask.
template <class Reduction, class Array, class Axis, class Keepdims>
auto reduce(Reduction reduction, const Array& a, const Axis& axis, Keepdims) {
  static_assert(std::is_same_v<Keepdims, std::true_type> || std::is_same_v<Keepdims, std::false_type>,
                "keepdims is passed as std::bool_constant<v>{}");
  if constexpr (std::is_same_v<Axis, pycxx::none_t>) {
    if constexpr (Keepdims::value) return reduction(a, pycxx::keepdims);
    else return reduction(a);
  } else {
    if constexpr (Keepdims::value) return reduction(a, axis, pycxx::keepdims);
    else return scalar_if_0d(reduction(a, axis));
  }
}

}  // namespace detail
}  // namespace pycxx::shims::numpy
