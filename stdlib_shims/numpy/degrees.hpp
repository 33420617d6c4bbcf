// numpy.degrees(x): radians to degrees, elementwise: x times numpy's constant in x's float type (float32
// arrays use the constant computed in float, as numpy's loop does), through the runtime's
// multiply with a weak Python float.
#pragma once

#include <type_traits>
#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "degrees") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars; "
                  "int8/int16/uint8/uint16 inputs compute in float64 (numpy: float16/float32)")
PYCXX_TYPE("ndarray")
auto degrees(PYCXX_TYPE("array_like") ArrayLike&& x) {
  constexpr bool single = std::is_same_v<typename std::remove_cvref_t<ArrayLike>::value_type, float>;
  constexpr double factor = single ? static_cast<double>(180.0f / 3.14159265358979323846f) : 180.0 / 3.141592653589793;
  return pycxx::multiply(std::forward<ArrayLike>(x), factor);
}

}  // namespace pycxx::shims::numpy
