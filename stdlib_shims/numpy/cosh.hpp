// numpy.cosh(x): hyperbolic cosine, elementwise: the runtime's `cosh` ufunc (pycxx/array/operators.hpp),
// a lazy expression over arrays with numpy's dtype rules (dtype rule FloatOf).
#pragma once

#include <utility>

#include "pycxx/array.hpp"
#include "numpy/detail/ufunc_out.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

template <class ArrayLike, class Out = pycxx::none_t, class Where = pycxx::none_t>
PYCXX_SHIM("numpy", "cosh") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(FloatOf) PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("casting=, order=, dtype=, subok=; calls whose arguments are all scalars") PYCXX_TYPE("ndarray")
auto cosh(PYCXX_TYPE("array_like") ArrayLike&& x,
          PYCXX_KW_ONLY PYCXX_TYPE("ndarray | None") PYCXX_DEFAULT("None") Out&& out = {},
          PYCXX_TYPE("ndarray") PYCXX_DEFAULT("True") Where&& where = {}) {
  // The ufunc itself (a lazy expression), then out=/where= as numpy applies them.
  auto ufunc = [](auto&& x) {
    return pycxx::cosh(std::forward<decltype(x)>(x));
  };
  return detail::ufunc_call("cosh", std::forward<Out>(out), std::forward<Where>(where), ufunc,
                            std::forward<ArrayLike>(x));
}

}  // namespace pycxx::shims::numpy
