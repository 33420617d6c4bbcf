// math.perm(n, k=None): the number of ordered arrangements of k of n items (n! for
// perm(n)), 0 when k > n. Negative arguments are CPython's ValueErrors; a result beyond
// 64 bits raises pycxx's OverflowError (partial products only grow, so only when it overflows).
#pragma once

#include <cstdint>

#include "math/factorial.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "perm") PYCXX_POSITIONAL_ONLY
inline std::int64_t perm(std::int64_t n) {
  return factorial(n);  // CPython too: perm(-1) says "factorial() not defined for negative values"
}

PYCXX_SHIM("math", "perm") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("results beyond 64 bits (OverflowError); k=None written out (omit it)")
inline std::int64_t perm(std::int64_t n, std::int64_t k) {
  if (n < 0) pycxx::raise(pycxx::exception_kind::ValueError, "n must be a non-negative integer");
  if (k < 0) pycxx::raise(pycxx::exception_kind::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  std::int64_t r = 1;
  for (std::int64_t i = 0; i < k; ++i) r = pycxx::int_mul(r, n - i);
  return r;
}

}  // namespace pycxx::shims::math
