// A scalar stored into an array (a[i] = v, a[i, j] += v, a[:] = v, a[0] = v on a 2-d array,
// a.fill(v)), converted as numpy 2's setitem converts it. Into an integer array: a float
// truncates toward zero (NaN: ValueError, inf: OverflowError, beyond 64 bits: "Python int too
// large to convert to C long"), and the integer must fit the dtype (OverflowError "Python
// integer 256 out of bounds for uint8"). A numpy scalar source (an array element, np.int64(3))
// is checked the same way into a signed array but wraps into an unsigned one, as numpy does.
// Into bool, float and complex arrays: numpy's cast. Same-type stores are the identity.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "pycxx/array/dtype.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

// Where a stored scalar comes from: a Python int/float/bool, or a numpy scalar (sema's
// NumpyScalar type; both are the same C++ type, so the compiler says which).
enum class scalar_source { python, numpy };

namespace detail {
// A float's value as the Python int numpy converts it to (int(v)), as a 64-bit integer; numpy
// reads it as a C long, or an unsigned long for a uint64 array.
template <class T, class V> std::int64_t float_to_c_long(V v, bool& above_int64) {
  if (v != v) raise(exception_kind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(v)) raise(exception_kind::OverflowError, "cannot convert float infinity to integer");
  const double t = std::trunc(static_cast<double>(v));
  above_int64 = false;
  if constexpr (std::is_same_v<T, std::uint64_t>) {
    if (t >= 9223372036854775808.0 && t < 18446744073709551616.0) {
      above_int64 = true;
      return static_cast<std::int64_t>(static_cast<std::uint64_t>(t));
    }
  }
  if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
    raise(exception_kind::OverflowError, "Python int too large to convert to C long");
  return static_cast<std::int64_t>(t);
}
}  // namespace detail

template <class T, scalar_source From = scalar_source::python, class V> T store_cast(V v) {
  if constexpr (std::is_same_v<T, V> || std::is_same_v<T, bool> || !std::is_integral_v<T> || is_complex_v<V>) {
    return convert<T>(v);  // bool: truth value; floats and complex: numpy's cast (1e300 -> inf in float32)
  } else if constexpr (std::is_same_v<V, bool>) {
    return static_cast<T>(v);
  } else if constexpr (std::is_floating_point_v<V>) {
    if constexpr (From == scalar_source::numpy && std::is_unsigned_v<T>) {
      // numpy's C cast of a numpy float; out of int64's range it is platform-defined (see
      // docs/semantics.md): pycxx gives 0 rather than C++'s undefined behaviour.
      const double t = std::trunc(static_cast<double>(v));
      if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return static_cast<T>(static_cast<std::int64_t>(t));
      if (std::is_same_v<T, std::uint64_t> && t >= 0 && t < 18446744073709551616.0) return static_cast<T>(t);
      return T{0};
    } else {
      bool above_int64 = false;
      const std::int64_t i = detail::float_to_c_long<T>(v, above_int64);
      if (above_int64) return static_cast<T>(static_cast<std::uint64_t>(i));  // uint64 only
      return store_cast<T>(i);
    }
  } else if constexpr (From == scalar_source::numpy && std::is_unsigned_v<T>) {
    return static_cast<T>(v);  // numpy wraps a numpy integer into an unsigned array
  } else {
    if constexpr (std::is_same_v<V, std::uint64_t>) {  // a uint64 numpy scalar beyond C long
      if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        if constexpr (std::is_same_v<T, std::uint64_t>) return v;
        raise(exception_kind::OverflowError, "Python int too large to convert to C long");
      }
      return store_cast<T>(static_cast<std::int64_t>(v));
    } else {
      check_weak_int<T>(static_cast<std::int64_t>(v));  // "Python integer 300 out of bounds for int8"
      return static_cast<T>(v);
    }
  }
}

}  // namespace pycxx
