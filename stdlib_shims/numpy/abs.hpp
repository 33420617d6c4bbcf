// numpy.abs(x): absolute value (numpy.abs is numpy.absolute), elementwise: the runtime's `absolute` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule RealOf).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike>
PYCXX_SHIM("numpy", "abs") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(RealOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("out=, where=, casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto abs(PYCXX_TYPE("array_like") ArrayLike&& x) { return pycxx::absolute(std::forward<ArrayLike>(x)); }

}  // namespace pycxx::shims::numpy
