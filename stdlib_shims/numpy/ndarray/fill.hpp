// numpy.ndarray.fill(value): every element of a set to value, in place (views and aliases see
// it). value is converted as numpy converts a Python scalar: a float into an int array
// truncates toward zero (NaN: ValueError, inf: OverflowError, beyond int64: "Python int too
// large to convert to C long"), an int outside the dtype's range is numpy's OverflowError
// "Python integer 300 out of bounds for int8", into bool its truth value. numpy scalars are
// converted the same way (numpy reads them as Python scalars). A complex into a real array is
// refused by sema (numpy: TypeError). An array method (module "numpy.ndarray").
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "pycxx/array.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy::ndarray {

namespace fill_detail {

template <class T, class V> T from_scalar(V v) {
  if constexpr (std::is_same_v<T, bool> || !std::is_integral_v<T>) {
    return pycxx::convert<T>(v);  // bool: truth value; floats and complex: C's conversion (1e300 -> inf in float32)
  } else if constexpr (std::is_floating_point_v<V>) {
    if (v != v) raise(exception_kind::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(v)) raise(exception_kind::OverflowError, "cannot convert float infinity to integer");
    const double t = std::trunc(static_cast<double>(v));
    if constexpr (std::is_same_v<T, std::uint64_t>) {
      if (t >= 9223372036854775808.0 && t < 18446744073709551616.0) return static_cast<std::uint64_t>(t);
    }
    if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
      raise(exception_kind::OverflowError, "Python int too large to convert to C long");
    return from_scalar<T>(static_cast<std::int64_t>(t));
  } else if constexpr (std::is_same_v<V, bool>) {
    return static_cast<T>(v);
  } else {
    pycxx::check_weak_int<T>(v);  // "Python integer 300 out of bounds for int8"
    return static_cast<T>(v);
  }
}

}  // namespace fill_detail

template <class Array, class V>
PYCXX_SHIM("numpy.ndarray", "fill") PYCXX_RULE(ArrayMethod) PYCXX_DTYPE_RULE(Same)
pycxx::none_t fill(PYCXX_TYPE("ndarray") const Array& a, PYCXX_TYPE("scalar") V value) {
  using T = typename Array::value_type;
  // An array shares its buffer with `dst` (the caller sees the writes); an expression is
  // evaluated into a temporary that is filled, as numpy fills the temporary.
  pycxx::ndarray<T, Array::rank> dst(a);
  dst.check_writeable();  // numpy checks before converting the value
  const T v = fill_detail::from_scalar<T>(value);
  pycxx::assign(dst, v);  // any strides
  return pycxx::none;
}

}  // namespace pycxx::shims::numpy::ndarray
