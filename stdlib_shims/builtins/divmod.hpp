// builtins.divmod(x, y): (x // y, x % y) with Python's floor rules and CPython's
// ZeroDivisionError messages ("integer division or modulo by zero", "float divmod()"),
// from the scalar runtime (runtime/pycxx/scalar/).
#pragma once

#include <cstdint>
#include <tuple>

#include "pycxx/scalar/float_ops.hpp"
#include "pycxx/scalar/int_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "divmod") PYCXX_POSITIONAL_ONLY
inline std::tuple<std::int64_t, std::int64_t> divmod(std::int64_t x, std::int64_t y) { return pycxx::int_divmod(x, y); }

PYCXX_SHIM("builtins", "divmod") PYCXX_POSITIONAL_ONLY
inline std::tuple<double, double> divmod(double x, double y) { return pycxx::float_divmod(x, y); }

}  // namespace pycxx::shims::builtins
