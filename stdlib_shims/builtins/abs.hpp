// builtins.abs(x): |x| for int (abs(-2**63) is pycxx's OverflowError), float (clears the
// sign of -0.0 and NaN) and complex (the modulus, CPython's OverflowError "absolute value
// too large" when it overflows). The scalar runtime owns the arithmetic.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>

#include "pycxx/scalar/complex_ops.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "abs") PYCXX_POSITIONAL_ONLY
inline std::int64_t abs(std::int64_t x) { return pycxx::int_abs(x); }

PYCXX_SHIM("builtins", "abs") PYCXX_POSITIONAL_ONLY
inline double abs(double x) { return std::fabs(x); }

PYCXX_SHIM("builtins", "abs") PYCXX_POSITIONAL_ONLY
inline double abs(std::complex<double> x) { return pycxx::complex_abs(x); }

}  // namespace pycxx::shims::builtins
