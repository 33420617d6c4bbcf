// numpy.degrees(x): radians to degrees, elementwise: x times numpy's constant in x's float type (float32
// arrays use the constant computed in float, as numpy's loop does), through the runtime's
// multiply with a weak Python float.
#pragma once

#include <type_traits>
#include <utility>

#include "pycxx/array.hpp"
#include "numpy/detail/ufunc_out.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike, class Out = pycxx::none_t, class Where = pycxx::none_t>
PYCXX_SHIM("numpy", "degrees") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("casting=, order=, dtype=, subok=; calls whose arguments are all scalars; "
                  "int8/int16/uint8/uint16 inputs compute in float64 (numpy: float16/float32)")
PYCXX_TYPE("ndarray")
auto degrees(PYCXX_TYPE("array_like") ArrayLike&& x,
             PYCXX_KW_ONLY PYCXX_TYPE("ndarray | None") PYCXX_DEFAULT("None") Out&& out = {},
             PYCXX_TYPE("ndarray") PYCXX_DEFAULT("True") Where&& where = {}) {
  // The ufunc itself (a lazy expression), then out=/where= as numpy applies them.
  auto ufunc = [](auto&& x) {
    constexpr bool single = std::is_same_v<typename std::remove_cvref_t<decltype(x)>::value_type, float>;
    constexpr double factor = single ? static_cast<double>(180.0f / 3.14159265358979323846f) : 180.0 / 3.141592653589793;
    return pycxx::multiply(std::forward<decltype(x)>(x), factor);
  };
  return detail::ufunc_call("degrees", std::forward<Out>(out), std::forward<Where>(where), ufunc,
                            std::forward<ArrayLike>(x));
}

}  // namespace pycxx::shims::numpy
