// Cursors walk an expression for one assignment or reduction: a tree mirroring the
// expression, whose leaves hold a data pointer and strides broadcast to the loop's shape.
// The loop plan (plan_loop) reorders dimensions for locality, drops size-1 ones and merges
// contiguous ones, so the innermost run is as long as possible; run_loop then walks the outer
// dimensions and hands each inner run to a kernel (assign.hpp, reduce.hpp).
#pragma once

#include <algorithm>
#include <array>
#include <cstdlib>

#include <xsimd/xsimd.hpp>

#include "pycxx/array/dtype.hpp"
#include "pycxx/array/shape.hpp"

namespace pycxx {

template <class T, std::size_t M> struct leaf_cursor {
  using value_type = T;
  static constexpr bool simd_able = is_simd_type_v<T>;
  T* base;
  T* p;
  shape_t<M> st;
  index_t inner = 0;

  template <class F> void each_strides(F&& f) { f(st); }
  void finish(std::size_t r) { inner = r ? st[r - 1] : 0; }
  void seek(const index_t* idx, std::size_t outer) {
    p = base;
    for (std::size_t d = 0; d < outer; ++d) p += idx[d] * st[d];
  }
  T get(index_t k) const { return p[k * inner]; }
  T& ref(index_t k) const { return p[k * inner]; }
  auto load(index_t k) const {
    using batch = xsimd::batch<T>;
    return inner ? batch::load_unaligned(p + k) : batch(*p);
  }
  void store(index_t k, const xsimd::batch<T>& b) const { b.store_unaligned(p + k); }
  bool simd_ok() const { return inner == 0 || inner == 1; }
};

template <class T> struct scalar_cursor {
  using value_type = T;
  static constexpr bool simd_able = is_simd_type_v<T>;
  T v;
  template <class F> void each_strides(F&&) {}
  void finish(std::size_t) {}
  void seek(const index_t*, std::size_t) {}
  T get(index_t) const { return v; }
  auto load(index_t) const { return xsimd::batch<T>(v); }
  bool simd_ok() const { return true; }
};

// Effective loop after planning: r dimensions of extents shape[0..r), innermost last.
template <std::size_t M> struct loop_plan {
  std::size_t r = 0;
  shape_t<M> shape{};
  bool empty = false;
};

// Reorders (if `reorder`, by decreasing |stride| of `ref`), drops size-1 dimensions and
// merges dimensions that every operand walks contiguously. `strides` holds every leaf's
// stride array; all are permuted the same way.
template <std::size_t M, std::size_t K>
loop_plan<M> plan_loop(const shape_t<M>& shape, const std::array<shape_t<M>*, K>& strides, std::size_t count,
                       const shape_t<M>* ref, bool reorder) {
  loop_plan<M> pl;
  std::array<std::size_t, M> perm{};
  for (std::size_t d = 0; d < M; ++d) perm[d] = d;
  if (reorder && ref)
    std::stable_sort(perm.begin(), perm.end(),
                     [&](std::size_t a, std::size_t b) { return std::llabs((*ref)[a]) > std::llabs((*ref)[b]); });
  for (std::size_t d = 0; d < M; ++d) pl.empty |= shape[d] == 0;
  // Apply the permutation, keeping only dimensions longer than 1.
  std::size_t r = 0;
  std::array<std::size_t, M> kept{};
  for (std::size_t d = 0; d < M; ++d)
    if (shape[perm[d]] != 1) kept[r++] = perm[d];
  for (std::size_t i = 0; i < count; ++i) {
    shape_t<M> old = *strides[i];
    for (std::size_t d = 0; d < r; ++d) (*strides[i])[d] = old[kept[d]];
  }
  for (std::size_t d = 0; d < r; ++d) pl.shape[d] = shape[kept[d]];
  // Merge d into d+1 where every operand steps from the end of one row to the next.
  for (std::size_t d = r - 1; r > 1 && d-- > 0;) {
    bool mergeable = true;
    for (std::size_t i = 0; i < count && mergeable; ++i)
      mergeable = (*strides[i])[d] == (*strides[i])[d + 1] * pl.shape[d + 1];
    if (!mergeable) continue;
    pl.shape[d + 1] *= pl.shape[d];
    for (std::size_t i = 0; i < count; ++i)
      for (std::size_t e = d; e + 1 < r; ++e) (*strides[i])[e] = (*strides[i])[e + 1];
    for (std::size_t e = d; e + 1 < r; ++e) pl.shape[e] = pl.shape[e + 1];
    --r;
  }
  pl.r = r;
  return pl;
}

// Calls run(n) once per inner run after seek(idx, outer) positioned every cursor.
template <std::size_t M, class Seek, class Run> void run_loop(const loop_plan<M>& pl, Seek&& seek, Run&& run) {
  if (pl.empty) return;
  if (pl.r <= 1) {
    index_t idx[1] = {0};
    seek(idx, 0);
    run(pl.r ? pl.shape[0] : 1);
    return;
  }
  std::size_t outer = pl.r - 1;
  index_t idx[M ? M : 1] = {};
  index_t n = pl.shape[outer];
  for (;;) {
    seek(idx, outer);
    run(n);
    std::size_t d = outer;
    while (d > 0) {
      --d;
      if (++idx[d] < pl.shape[d]) break;
      idx[d] = 0;
      if (d == 0) return;
    }
  }
}

// Collects pointers to every leaf's stride array (cursor trees of up to K leaves).
template <std::size_t M, std::size_t K> struct stride_list {
  std::array<shape_t<M>*, K> items{};
  std::size_t count = 0;
  void operator()(shape_t<M>& st) { items[count++] = &st; }
};

}  // namespace pycxx
