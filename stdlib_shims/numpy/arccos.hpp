// numpy.arccos(x): inverse cosine, elementwise: the runtime's `arccos` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule FloatOf).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "arccos") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto arccos(PYCXX_TYPE("array_like") ArrayLike&& x) { return pycxx::arccos(std::forward<ArrayLike>(x)); }

}  // namespace pycxx::shims::numpy
