// numpy.clip(a, a_min, a_max): minimum(maximum(a, a_min), a_max) elementwise, as numpy 2
// defines it (NaN propagates; where a_min > a_max the result is a_max). Bounds may be
// arrays or Python scalars (weak in promotion).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "numpy/detail/ufunc_out.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike, class Min, class Max, class Out = pycxx::none_t, class Where = pycxx::none_t>
PYCXX_SHIM("numpy", "clip") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("a_min=None or a_max=None; min=/max= (numpy 2.1 names)") PYCXX_TYPE("ndarray")
auto clip(PYCXX_TYPE("array_like") ArrayLike&& a, PYCXX_TYPE("array_like") Min&& a_min,
          PYCXX_TYPE("array_like") Max&& a_max,
          PYCXX_KW_ONLY PYCXX_TYPE("ndarray | None") PYCXX_DEFAULT("None") Out&& out = {},
          PYCXX_TYPE("ndarray") PYCXX_DEFAULT("True") Where&& where = {}) {
  // The ufunc itself (a lazy expression), then out=/where= as numpy applies them.
  auto ufunc = [](auto&& a, auto&& a_min, auto&& a_max) {
    return pycxx::minimum(pycxx::maximum(std::forward<decltype(a)>(a), std::forward<decltype(a_min)>(a_min)), std::forward<decltype(a_max)>(a_max));
  };
  return detail::ufunc_call("clip", std::forward<Out>(out), std::forward<Where>(where), ufunc,
                            std::forward<ArrayLike>(a), std::forward<Min>(a_min), std::forward<Max>(a_max));
}

}  // namespace pycxx::shims::numpy
