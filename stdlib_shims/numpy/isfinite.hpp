// numpy.isfinite(x): x is finite, elementwise: the runtime's `isfinite` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule Bool).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "isfinite") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Bool) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto isfinite(PYCXX_TYPE("array_like") ArrayLike&& x) { return pycxx::isfinite(std::forward<ArrayLike>(x)); }

}  // namespace pycxx::shims::numpy
