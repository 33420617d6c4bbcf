// Test hooks: counters that let tests assert which loop assign() took and how many array
// buffers were allocated. Compiled in only when PYCXX_TEST_HOOKS is defined (the unit tests
// and the differential test module define it); otherwise every hook is an empty inline.
// Neighbours: buffer.hpp (allocation), assign.hpp (loop choice), reduce.hpp.
#pragma once

#include <cstdint>

namespace pycxx {

enum class loop_kind : std::uint8_t { none, simd, scalar_contiguous, strided };

#ifdef PYCXX_TEST_HOOKS
namespace test_hooks {
inline thread_local std::int64_t allocations = 0;   // buffers allocated by allocate_buffer
inline thread_local std::int64_t simd_loops = 0;    // inner loops run with xsimd batches
inline thread_local std::int64_t temporaries = 0;   // overlap temporaries made by assign
inline thread_local loop_kind last_loop = loop_kind::none;
inline void reset() { allocations = simd_loops = temporaries = 0; last_loop = loop_kind::none; }
}  // namespace test_hooks
inline void hook_allocation() { ++test_hooks::allocations; }
inline void hook_loop(loop_kind k) {
  test_hooks::last_loop = k;
  if (k == loop_kind::simd) ++test_hooks::simd_loops;
}
inline void hook_temporary() { ++test_hooks::temporaries; }
#else
inline void hook_allocation() {}
inline void hook_loop(loop_kind) {}
inline void hook_temporary() {}
#endif

}  // namespace pycxx
