// Python's slices, shared by arrays (runtime/pycxx/array/index.hpp: views) and by list and str
// (runtime/pycxx/containers/): a[start:stop:step] with omitted bounds (slice_none), negative
// bounds counted from the end and clamped, step 0 -> ValueError, exactly as CPython's
// PySlice_AdjustIndices; and the index wrap of a[i] (negative i, IndexError).
//
// Generated code:  a[1:n:2] -> pycxx::slice{1, n, 2};  a[::-1] -> pycxx::slice{pycxx::slice_none, pycxx::slice_none, -1}
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

#include "pycxx/errors.hpp"

namespace pycxx {

// An omitted bound (a[:n], a[::2]). A slice stores it as INT64_MIN; an explicit bound of that
// value (xs[4:1:-2**63]) is stored as INT64_MIN + 1, which CPython's slice treats the same
// (it clamps a step to -PY_SSIZE_T_MAX, and a start or stop that far below zero to 0 or -1),
// so that it is never mistaken for an omitted one.
struct slice_none_t {
  constexpr operator std::int64_t() const noexcept { return std::numeric_limits<std::int64_t>::min(); }
};
inline constexpr slice_none_t slice_none{};

struct slice_bound {
  constexpr slice_bound(slice_none_t) noexcept : value(slice_none) {}  // NOLINT: as Python's None
  constexpr slice_bound(std::int64_t v) noexcept : value(v == slice_none ? v + 1 : v) {}  // NOLINT
  std::int64_t value;
};

struct slice {
  constexpr slice(slice_bound b = slice_none, slice_bound e = slice_none, slice_bound s = slice_none) noexcept
      : start(b.value), stop(e.value), step(s.value) {}
  std::int64_t start;
  std::int64_t stop;
  std::int64_t step;
};

// The first index, the step and the number of items a slice selects over `n` items.
struct slice_range {
  std::int64_t start, step, length;
};

inline slice_range adjust_slice(const slice& s, std::int64_t n) {
  std::int64_t step = s.step == slice_none ? 1 : s.step;
  if (step == 0) raise(exception_kind::ValueError, "slice step cannot be zero");
  auto clamp = [&](std::int64_t v, std::int64_t missing) {
    if (v == slice_none) return missing;
    if (v < 0) {
      v += n;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= n) {
      v = step < 0 ? n - 1 : n;
    }
    return v;
  };
  std::int64_t start = clamp(s.start, step < 0 ? n - 1 : 0);
  std::int64_t stop = clamp(s.stop, step < 0 ? -1 : n);
  std::int64_t length = 0;
  if (step < 0) {
    if (stop < start) length = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    length = (stop - start - 1) / step + 1;
  }
  return {start, step, length};
}

// a[i]: a negative i counts from the end; out of range raises IndexError(message).
inline std::size_t sequence_index(std::int64_t i, std::int64_t length, const char* message) {
  if (i < 0) i += length;
  if (i < 0 || i >= length) [[unlikely]] raise(exception_kind::IndexError, message);
  return static_cast<std::size_t>(i);
}

}  // namespace pycxx
