// RecursionError instead of a crash: compiled recursion has no interpreter frame limit, so
// unbounded recursion would overflow the C stack and kill the process. check_recursion()
// compares the current frame address with the thread's stack bounds (one thread_local load
// and a compare) and raises CPython's RecursionError while a safety margin is left for
// unwinding. Compiled code may recurse deeper than CPython's limit of 1000 before raising.
// Neighbours: ../errors.hpp (raise), module.hpp (the entry frames).
//
// Generated code: first statement of every function that can recurse:
//   pycxx::check_recursion();
#pragma once

#include <pthread.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "pycxx/errors.hpp"

namespace pycxx {

namespace detail {
// The lowest frame address this thread may reach (stacks grow down on every target pycxx
// builds for), a margin above the stack's real end. Constant-initialised, so reading it is
// one thread-local load with no initialisation guard: the hot path of every recursive
// compiled call. UINTPTR_MAX means "not computed yet": every frame is below it, so the
// first check of a thread takes the slow path, which computes it.
inline constexpr std::uintptr_t unknown_floor = UINTPTR_MAX;
// initial-exec: one %fs-relative load, not a __tls_get_addr call, in a dlopen()ed module.
inline thread_local std::uintptr_t stack_floor_address [[gnu::tls_model("initial-exec")]] = unknown_floor;

[[gnu::cold, gnu::noinline]] inline void compute_stack_floor() {
  pthread_attr_t attr;
  void* base = nullptr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
  }
  std::size_t margin = std::min<std::size_t>(size / 4, std::size_t{256} * 1024);
  stack_floor_address = base ? reinterpret_cast<std::uintptr_t>(base) + margin : 0;  // 0: never raise
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_recursion_error() {
  raise(exception_kind::RecursionError, "maximum recursion depth exceeded");
}

// Out of line: reached only on the first check of a thread and when the stack is nearly full.
[[gnu::cold, gnu::noinline]] inline void check_recursion_slow() {
  if (stack_floor_address == unknown_floor) compute_stack_floor();
  if (reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < stack_floor_address) raise_recursion_error();
}
}  // namespace detail

[[gnu::always_inline]] inline void check_recursion() {
  if (reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < detail::stack_floor_address) [[unlikely]]
    detail::check_recursion_slow();
}

}  // namespace pycxx
