// numpy.clip(a, a_min, a_max): minimum(maximum(a, a_min), a_max) elementwise, as numpy 2
// defines it (NaN propagates; where a_min > a_max the result is a_max). Bounds may be
// arrays or Python scalars (weak in promotion).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike, class Min, class Max>
PYCXX_SHIM("numpy", "clip") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Same)
PYCXX_UNSUPPORTED("a_min=None or a_max=None; min=/max= (numpy 2.1 names); out=") PYCXX_TYPE("ndarray")
auto clip(PYCXX_TYPE("array_like") ArrayLike&& a, PYCXX_TYPE("array_like") Min&& a_min,
          PYCXX_TYPE("array_like") Max&& a_max) {
  return pycxx::minimum(pycxx::maximum(std::forward<ArrayLike>(a), std::forward<Min>(a_min)), std::forward<Max>(a_max));
}

}  // namespace pycxx::shims::numpy
