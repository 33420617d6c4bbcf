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
  std::size_t block_bytes = 0;                // allocate_buffer's blocks: the block's size
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

namespace detail {
// Large blocks freed recently, kept mapped for the next array of about their size: a chain of
// array expressions called again (or run in a loop) then takes no page faults, which for an
// 8 MB array cost more than computing it. Per thread, at most 16 blocks and 128 MB; a block
// is reused for a request between half its size and its size.
class block_cache {
 public:
  static constexpr std::size_t min_block = std::size_t{1} << 20;
  void* take(std::size_t total, std::size_t& got) {
    std::size_t best = count_;
    for (std::size_t i = 0; i < count_; ++i)
      if (sizes_[i] >= total && sizes_[i] / 2 <= total && (best == count_ || sizes_[i] < sizes_[best])) best = i;
    if (best == count_) return nullptr;
    void* block = blocks_[best];
    got = sizes_[best];
    bytes_ -= got;
    blocks_[best] = blocks_[--count_];
    sizes_[best] = sizes_[count_];
    return block;
  }
  bool keep(void* block, std::size_t size) {
    if (size < min_block || size > max_bytes) return false;
    while (count_ == max_blocks || bytes_ + size > max_bytes) {  // drop the oldest
      std::free(blocks_[0]);
      bytes_ -= sizes_[0];
      for (std::size_t i = 1; i < count_; ++i) {
        blocks_[i - 1] = blocks_[i];
        sizes_[i - 1] = sizes_[i];
      }
      --count_;
    }
    blocks_[count_] = block;
    sizes_[count_++] = size;
    bytes_ += size;
    return true;
  }
  ~block_cache() {
    for (std::size_t i = 0; i < count_; ++i) std::free(blocks_[i]);
  }

 private:
  static constexpr std::size_t max_blocks = 16, max_bytes = std::size_t{128} << 20;
  void* blocks_[max_blocks] = {};
  std::size_t sizes_[max_blocks] = {};
  std::size_t count_ = 0, bytes_ = 0;
};

// The calling thread's cache; null once the thread is exiting (a buffer released then is freed).
inline block_cache* thread_block_cache() {
  struct owner {
    block_cache* cache = new block_cache;
    ~owner() { delete std::exchange(cache, nullptr); }
  };
  thread_local owner o;
  return o.cache;
}
}  // namespace detail

// Puts a holder at the start of a block of `size` bytes; its release keeps the block in the
// thread's cache when it is large, else frees it.
inline std::pair<buffer_ref, void*> adopt_block(void* block, std::size_t size, std::size_t header) {
  auto* h = new (block) buffer_holder;
  h->block_bytes = size;
  h->release = [](buffer_holder* self) {
    std::size_t size = self->block_bytes;
    self->~buffer_holder();
    detail::block_cache* cache = size >= detail::block_cache::min_block ? detail::thread_block_cache() : nullptr;
    if (!cache || !cache->keep(self, size)) std::free(self);
  };
  return {buffer_ref(h), static_cast<char*>(block) + header};
}

// One aligned block: [holder, padded to 64 bytes][data]. Returns the data pointer.
inline std::pair<buffer_ref, void*> allocate_buffer(std::size_t bytes) {
  constexpr std::size_t header = buffer_alignment;
  static_assert(sizeof(buffer_holder) <= header);
  std::size_t total = header + ((bytes + buffer_alignment - 1) / buffer_alignment) * buffer_alignment;
  hook_allocation();
  std::size_t got = total;
  void* block = nullptr;
  if (total >= detail::block_cache::min_block)
    if (detail::block_cache* cache = detail::thread_block_cache()) block = cache->take(total, got);
  if (block) return adopt_block(block, got, header);
  block = std::aligned_alloc(buffer_alignment, total);
  if (!block) raise(exception_kind::MemoryError, "Unable to allocate " + std::to_string(bytes) + " bytes for an array");
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
  return adopt_block(block, total, header);
}

}  // namespace pycxx
