// numpy.where(condition, x, y): x where condition is true, else y, elementwise with
// broadcasting; x and y may be Python scalars (weak against the other). The runtime's
// pycxx::where (pycxx/array/operators.hpp). The one-argument form (nonzero) is not here.
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class Condition, class X, class Y>
PYCXX_SHIM("numpy", "where") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Selected) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("where(condition) with one argument (numpy.nonzero)") PYCXX_TYPE("ndarray")
auto where(PYCXX_TYPE("array_like") Condition&& condition, PYCXX_TYPE("array_like") X&& x, PYCXX_TYPE("array_like") Y&& y) {
  return pycxx::where(std::forward<Condition>(condition), std::forward<X>(x), std::forward<Y>(y));
}

}  // namespace pycxx::shims::numpy
