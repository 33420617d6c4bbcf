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

#include "pycxx/errors.hpp"

namespace pycxx {

namespace detail {
// The lowest frame address this thread may reach (stacks grow down on every target pycxx
// builds for), a margin above the stack's real end. Computed once per thread.
inline const char* stack_floor() {
  thread_local const char* floor = [] {
    pthread_attr_t attr;
    void* base = nullptr;
    std::size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return static_cast<const char*>(nullptr);
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
    std::size_t margin = std::min<std::size_t>(size / 4, std::size_t{256} * 1024);
    return static_cast<const char*>(base) + margin;
  }();
  return floor;
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_recursion_error() {
  raise(exception_kind::RecursionError, "maximum recursion depth exceeded");
}
}  // namespace detail

[[gnu::always_inline]] inline void check_recursion() {
  if (static_cast<const char*>(__builtin_frame_address(0)) < detail::stack_floor()) [[unlikely]]
    detail::raise_recursion_error();
}

}  // namespace pycxx
