// The memory behind arrays: a 64-byte aligned allocation with an intrusive, atomic reference
// count in the same block (one allocation per array), or a foreign owner (a numpy array, see
// ../python/ndarray_bridge.hpp) released through a function pointer. ndarray (ndarray.hpp)
// holds a buffer_ref; views share it, so a view keeps its data alive.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "pycxx/array/hooks.hpp"
#include "pycxx/errors.hpp"

namespace pycxx {

inline constexpr std::size_t buffer_alignment = 64;

struct buffer_holder {
  std::atomic<std::int64_t> refs{1};
  void (*release)(buffer_holder*) = nullptr;  // frees the holder and what it owns
  void* owner = nullptr;                      // foreign owner (e.g. a PyObject*), or null
  bool writeable = true;                      // false for read-only numpy arrays
};

class buffer_ref {
 public:
  buffer_ref() = default;
  explicit buffer_ref(buffer_holder* h) noexcept : h_(h) {}  // adopts one reference
  buffer_ref(const buffer_ref& o) noexcept : h_(o.h_) { if (h_) h_->refs.fetch_add(1, std::memory_order_relaxed); }
  buffer_ref(buffer_ref&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  buffer_ref& operator=(buffer_ref o) noexcept { std::swap(h_, o.h_); return *this; }
  ~buffer_ref() {
    if (h_ && h_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) h_->release(h_);
  }
  buffer_holder* get() const noexcept { return h_; }
  buffer_holder* release_ownership() noexcept { return std::exchange(h_, nullptr); }
  bool writeable() const noexcept { return !h_ || h_->writeable; }

 private:
  buffer_holder* h_ = nullptr;
};

// One aligned block: [holder, padded to 64 bytes][data]. Returns the data pointer.
inline std::pair<buffer_ref, void*> allocate_buffer(std::size_t bytes) {
  constexpr std::size_t header = buffer_alignment;
  static_assert(sizeof(buffer_holder) <= header);
  std::size_t total = header + ((bytes + buffer_alignment - 1) / buffer_alignment) * buffer_alignment;
  void* block = std::aligned_alloc(buffer_alignment, total);
  if (!block) raise(exception_kind::MemoryError, "Unable to allocate " + std::to_string(bytes) + " bytes for an array");
  hook_allocation();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Large arrays on huge pages, as numpy does (numpy/_core/src/multiarray/alloc.c): a 50 MB
  // result otherwise costs more in page faults than computing it.
  if (total >= (std::size_t{1} << 22)) {
    constexpr std::uintptr_t page = 4096;
    auto begin = (reinterpret_cast<std::uintptr_t>(block) + page - 1) & ~(page - 1);
    auto end = reinterpret_cast<std::uintptr_t>(block) + total;
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
#endif
  auto* h = new (block) buffer_holder;
  h->release = [](buffer_holder* self) {
    self->~buffer_holder();
    std::free(self);
  };
  return {buffer_ref(h), static_cast<char*>(block) + header};
}

}  // namespace pycxx
