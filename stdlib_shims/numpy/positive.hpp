// numpy.positive(x): +x, elementwise: the runtime's `positive` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule Same).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "positive") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Same) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto positive(PYCXX_TYPE("array_like") ArrayLike&& x) { return pycxx::positive(std::forward<ArrayLike>(x)); }

}  // namespace pycxx::shims::numpy
