// numpy.logical_and(x1, x2): x1 and x2, elementwise with broadcasting: the runtime's `logical_and` ufunc
// (pycxx/array/operators.hpp); Python scalars are weak in promotion (NEP 50). Dtype rule Bool.
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike1, class ArrayLike2>
PYCXX_SHIM("numpy", "logical_and") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Bool) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto logical_and(PYCXX_TYPE("array_like") ArrayLike1&& x1, PYCXX_TYPE("array_like") ArrayLike2&& x2) {
  return pycxx::logical_and(std::forward<ArrayLike1>(x1), std::forward<ArrayLike2>(x2));
}

}  // namespace pycxx::shims::numpy
