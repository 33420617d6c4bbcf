// Python's range(start, stop, step) over int64 for `for` loops and len(): the number of
// iterations is computed once, exactly (no i += step past INT64_MAX, which is UB in C++),
// and a zero step raises CPython's ValueError. A plain counted loop after inlining.
// Neighbours: int_ops.hpp (int semantics), compare.hpp.
//
// Generated code:
//   for (std::int64_t i : pycxx::range(n)) ...               for i in range(n)
//   for (std::int64_t i : pycxx::range(a, b)) ...            for i in range(a, b)
//   for (std::int64_t i : pycxx::range(a, b, s)) ...         for i in range(a, b, s)
//   std::int64_t n = pycxx::range(a, b, s).size();           len(range(a, b, s))
#pragma once

#include <cstdint>

#include "pycxx/errors.hpp"

namespace pycxx {

class range {
 public:
  class iterator {
   public:
    constexpr iterator(std::int64_t value, std::int64_t step, std::uint64_t left) noexcept
        : value_(value), step_(step), left_(left) {}
    constexpr std::int64_t operator*() const noexcept { return value_; }
    constexpr iterator& operator++() noexcept {
      // Wrapping add: after the last element the value is never read.
      value_ = static_cast<std::int64_t>(static_cast<std::uint64_t>(value_) + static_cast<std::uint64_t>(step_));
      --left_;
      return *this;
    }
    constexpr bool operator!=(const iterator& end) const noexcept { return left_ != end.left_; }
    constexpr bool operator==(const iterator& end) const noexcept { return left_ == end.left_; }

   private:
    std::int64_t value_;
    std::int64_t step_;
    std::uint64_t left_;
  };

  constexpr explicit range(std::int64_t stop) noexcept
      : start_(0), step_(1), count_(stop > 0 ? static_cast<std::uint64_t>(stop) : 0) {}

  constexpr range(std::int64_t start, std::int64_t stop, std::int64_t step = 1)
      : start_(start), step_(step), count_(0) {
    if (step == 0) [[unlikely]] raise(exception_kind::ValueError, "range() arg 3 must not be zero");
    // Differences and quotients in unsigned 64-bit arithmetic: exact for every int64 triple.
    if (step > 0 && start < stop) {
      std::uint64_t span = static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start) - 1;
      count_ = span / static_cast<std::uint64_t>(step) + 1;
    } else if (step < 0 && start > stop) {
      std::uint64_t span = static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop) - 1;
      count_ = span / (0 - static_cast<std::uint64_t>(step)) + 1;
    }
  }

  constexpr iterator begin() const noexcept { return {start_, step_, count_}; }
  constexpr iterator end() const noexcept { return {0, 0, 0}; }

  // len(range(...)): beyond int64 only for range(-2**63, 2**63 - 1), an OverflowError in CPython too.
  constexpr std::int64_t size() const {
    if (count_ > static_cast<std::uint64_t>(INT64_MAX)) [[unlikely]]
      raise(exception_kind::OverflowError, "Python int too large to convert to C ssize_t");
    return static_cast<std::int64_t>(count_);
  }

 private:
  std::int64_t start_;
  std::int64_t step_;
  std::uint64_t count_;
};

}  // namespace pycxx
