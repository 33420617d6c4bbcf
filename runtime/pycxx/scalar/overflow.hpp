// The one OverflowError of pycxx's 64-bit int: raised by int arithmetic (int_ops.hpp) and
// by float -> int conversions (float_ops.hpp) where CPython would give an int beyond int64.
// One message everywhere, documented in docs/semantics.md and checked by test/run.
#pragma once

#include "pycxx/errors.hpp"

namespace pycxx {

inline constexpr const char* int_overflow_message = "integer overflow: the result does not fit in a 64-bit int";

namespace detail {
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_int_overflow() {
  raise(exception_kind::OverflowError, int_overflow_message);
}
}  // namespace detail

}  // namespace pycxx
