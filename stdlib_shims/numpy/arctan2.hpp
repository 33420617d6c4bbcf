// numpy.arctan2(x1, x2): the angle of (x2, x1), elementwise with broadcasting: the runtime's `arctan2` ufunc
// (pycxx/array/operators.hpp); Python scalars are weak in promotion (NEP 50). Dtype rule FloatOf.
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "numpy/detail/ufunc_out.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike1, class ArrayLike2, class Out = pycxx::none_t, class Where = pycxx::none_t>
PYCXX_SHIM("numpy", "arctan2") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto arctan2(PYCXX_TYPE("array_like") ArrayLike1&& x1, PYCXX_TYPE("array_like") ArrayLike2&& x2,
             PYCXX_KW_ONLY PYCXX_TYPE("ndarray | None") PYCXX_DEFAULT("None") Out&& out = {},
             PYCXX_TYPE("ndarray") PYCXX_DEFAULT("True") Where&& where = {}) {
  // The ufunc itself (a lazy expression), then out=/where= as numpy applies them.
  auto ufunc = [](auto&& x1, auto&& x2) {
    return pycxx::arctan2(std::forward<decltype(x1)>(x1), std::forward<decltype(x2)>(x2));
  };
  return detail::ufunc_call("arctan2", std::forward<Out>(out), std::forward<Where>(where), ufunc,
                            std::forward<ArrayLike1>(x1), std::forward<ArrayLike2>(x2));
}

}  // namespace pycxx::shims::numpy
