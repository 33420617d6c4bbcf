// numpy.minimum(x1, x2): the smaller of x1 and x2, NaN winning, elementwise with broadcasting: the runtime's `minimum` ufunc
// (pycxx/array/operators.hpp); Python scalars are weak in promotion (NEP 50). Dtype rule Same.
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike1, class ArrayLike2>
PYCXX_SHIM("numpy", "minimum") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Same) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto minimum(PYCXX_TYPE("array_like") ArrayLike1&& x1, PYCXX_TYPE("array_like") ArrayLike2&& x2) {
  return pycxx::minimum(std::forward<ArrayLike1>(x1), std::forward<ArrayLike2>(x2));
}

}  // namespace pycxx::shims::numpy
