// builtins.pow(base, exp, mod=None): `base ** exp` from the scalar runtime (int ** int is
// an int, so a negative int exponent is the runtime's ValueError; see PYCXX_UNSUPPORTED),
// and the three-argument modular power with CPython's rules: the result takes mod's sign,
// pow(b, -e, m) is the inverse of b**e modulo m ("base is not invertible for the given
// modulus" otherwise), mod == 0 is a ValueError "pow() 3rd argument cannot be 0".
#pragma once

#include <cstdint>

#include "math/detail/int_checks.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/float_ops.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "pow")
PYCXX_UNSUPPORTED("a negative int exponent with int arguments (CPython returns a float: write float(base)); "
                  "mod=None written out (omit it)")
inline std::int64_t pow(std::int64_t base, std::int64_t exp) { return pycxx::int_pow(base, exp); }

PYCXX_SHIM("builtins", "pow")
PYCXX_UNSUPPORTED("a negative base with a fractional exponent (CPython returns a complex)")
inline double pow(double base, double exp) { return pycxx::float_pow(base, exp); }

namespace detail {
// The inverse of a modulo m (0 <= a < m, m >= 1) by the extended Euclidean algorithm.
inline std::uint64_t inverse_modulo(std::uint64_t a, std::uint64_t m) {
  __int128 r0 = m, r1 = a, t0 = 0, t1 = 1;
  while (r1 != 0) {
    __int128 q = r0 / r1;
    __int128 r2 = r0 - q * r1;
    r0 = r1;
    r1 = r2;
    __int128 t2 = t0 - q * t1;
    t0 = t1;
    t1 = t2;
  }
  if (r0 != 1) pycxx::raise(pycxx::exception_kind::ValueError, "base is not invertible for the given modulus");
  if (t0 < 0) t0 += m;
  return static_cast<std::uint64_t>(t0);
}
}  // namespace detail

PYCXX_SHIM("builtins", "pow")
inline std::int64_t pow(std::int64_t base, std::int64_t exp, std::int64_t mod) {
  if (mod == 0) pycxx::raise(pycxx::exception_kind::ValueError, "pow() 3rd argument cannot be 0");
  using wide = unsigned __int128;
  std::uint64_t m = math::detail::magnitude(mod);
  // base modulo |mod|, in [0, m)
  __int128 b = static_cast<__int128>(base) % static_cast<__int128>(m);
  if (b < 0) b += m;
  auto ub = static_cast<std::uint64_t>(b);
  std::uint64_t e = math::detail::magnitude(exp);
  if (exp < 0) ub = detail::inverse_modulo(ub, m);
  std::uint64_t result = 1 % m;
  while (e != 0) {
    if (e & 1) result = static_cast<std::uint64_t>(static_cast<wide>(result) * ub % m);
    ub = static_cast<std::uint64_t>(static_cast<wide>(ub) * ub % m);
    e >>= 1;
  }
  // CPython: a negative modulus gives a result in (mod, 0]
  __int128 signed_result = result;
  if (mod < 0 && result != 0) signed_result -= m;
  return static_cast<std::int64_t>(signed_result);
}

}  // namespace pycxx::shims::builtins
