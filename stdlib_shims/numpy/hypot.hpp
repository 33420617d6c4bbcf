// numpy.hypot(x1, x2): sqrt(x1**2 + x2**2), elementwise with broadcasting: the runtime's `hypot` ufunc
// (pycxx/array/operators.hpp); Python scalars are weak in promotion (NEP 50). Dtype rule FloatOf.
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike1, class ArrayLike2>
PYCXX_SHIM("numpy", "hypot") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto hypot(PYCXX_TYPE("array_like") ArrayLike1&& x1, PYCXX_TYPE("array_like") ArrayLike2&& x2) {
  return pycxx::hypot(std::forward<ArrayLike1>(x1), std::forward<ArrayLike2>(x2));
}

}  // namespace pycxx::shims::numpy
