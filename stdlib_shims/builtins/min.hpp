// builtins.min(a, b, *args): the smallest argument, the first one among equals; as CPython,
// an argument replaces the current answer only if it compares < it, so NaN wins when it
// comes first and loses after. Typing: sema picks the int or the float overload (an int
// argument among floats is converted to float, see PYCXX_UNSUPPORTED); `*args` is passed
// as one braced list: min(a, b, {c, d}).
#pragma once

#include <cstdint>

#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "min") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("a single iterable argument, key= and default=")
inline std::int64_t min(std::int64_t a, std::int64_t b, star_args<std::int64_t> args) {
  std::int64_t r = b < a ? b : a;
  for (std::int64_t x : args) r = x < r ? x : r;
  return r;
}

PYCXX_SHIM("builtins", "min") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("mixing int and float arguments gives a float (CPython returns the winning argument itself, "
                  "perhaps an int); a single iterable argument, key= and default=")
inline double min(double a, double b, star_args<double> args) {
  double r = b < a ? b : a;
  for (double x : args) r = x < r ? x : r;
  return r;
}

}  // namespace pycxx::shims::builtins
