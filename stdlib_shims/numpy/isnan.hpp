// numpy.isnan(x): x is NaN, elementwise: the runtime's `isnan` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule Bool).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "isnan") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Bool) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto isnan(PYCXX_TYPE("array_like") ArrayLike&& x) { return pycxx::isnan(std::forward<ArrayLike>(x)); }

}  // namespace pycxx::shims::numpy
