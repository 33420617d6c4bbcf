// math.trunc(x): x rounded towards zero, as an int. An int argument comes back unchanged; a float
// goes through int(), so infinity is an OverflowError "cannot convert float infinity to
// integer", NaN a ValueError "cannot convert float NaN to integer", and a value beyond
// int64 pycxx's OverflowError (runtime/pycxx/scalar/float_ops.hpp, float_to_int).
#pragma once

#include <cmath>
#include <cstdint>

#include "pycxx/scalar/float_ops.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "trunc") PYCXX_POSITIONAL_ONLY
inline std::int64_t trunc(std::int64_t x) { return x; }

PYCXX_SHIM("math", "trunc") PYCXX_POSITIONAL_ONLY
inline std::int64_t trunc(double x) { return pycxx::float_to_int(std::trunc(x)); }

}  // namespace pycxx::shims::math
