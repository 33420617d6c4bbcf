// Python's slice semantics shared by list and str: a[start:stop:step] with missing bounds
// (std::nullopt), negative bounds counted from the end and clamped, step 0 -> ValueError,
// exactly as CPython's PySlice_AdjustIndices. Also the index wrap of a[i] (negative i).
// Neighbours: list.hpp, str.hpp (both call adjust() / wrap_index()).
//
// Generated code:  a[1:n:2] -> a.slice(pycxx::slice{1, n, 2});  a[::-1] -> a.slice({{}, {}, -1})
#pragma once

#include <cstdint>
#include <optional>

#include "pycxx/errors.hpp"

namespace pycxx {

struct slice {
  std::optional<std::int64_t> start{};
  std::optional<std::int64_t> stop{};
  std::optional<std::int64_t> step{};
};

// The concrete range a slice selects in a sequence of `length` items: the first index,
// the step and the number of items (CPython's PySlice_GetIndicesEx).
struct slice_range {
  std::int64_t start;
  std::int64_t step;
  std::int64_t count;
};

inline slice_range adjust(const slice& s, std::int64_t length) {
  std::int64_t step = s.step.value_or(1);
  if (step == 0) raise(exception_kind::ValueError, "slice step cannot be zero");
  std::int64_t lower = step < 0 ? -1 : 0;
  std::int64_t upper = step < 0 ? length - 1 : length;
  auto clamp = [&](std::optional<std::int64_t> v, std::int64_t missing) {
    if (!v) return missing;
    std::int64_t x = *v;
    if (x < 0) {
      x += length;
      return x < lower ? lower : x;
    }
    return x > upper ? upper : x;
  };
  std::int64_t start = clamp(s.start, step < 0 ? upper : lower);
  std::int64_t stop = clamp(s.stop, step < 0 ? lower : upper);
  std::int64_t count = 0;
  if (step < 0) {
    if (stop < start) count = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    count = (stop - start - 1) / step + 1;
  }
  return {start, step, count};
}

// a[i]: a negative i counts from the end; out of range raises IndexError(message).
inline std::size_t wrap_index(std::int64_t i, std::int64_t length, const char* message) {
  if (i < 0) i += length;
  if (i < 0 || i >= length) [[unlikely]] raise(exception_kind::IndexError, message);
  return static_cast<std::size_t>(i);
}

}  // namespace pycxx
