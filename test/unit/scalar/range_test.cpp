// Python's range semantics over int64 (runtime/pycxx/scalar/range.hpp): the elements of
// every small (start, stop, step) against a naive 128-bit loop, the extremes of int64, and
// CPython's errors.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "pycxx/scalar/range.hpp"

using pycxx::range;

namespace {
std::vector<std::int64_t> elements(const range& r) {
  std::vector<std::int64_t> out;
  for (std::int64_t i : r) out.push_back(i);
  return out;
}
// What Python's range gives, by the definition: start + k*step while before stop.
std::vector<std::int64_t> naive(__int128 start, __int128 stop, __int128 step) {
  std::vector<std::int64_t> out;
  for (__int128 i = start; step > 0 ? i < stop : i > stop; i += step) out.push_back(static_cast<std::int64_t>(i));
  return out;
}
}  // namespace

TEST_CASE("range elements are Python's for every small start, stop, step", "[scalar][range]") {
  for (std::int64_t start = -7; start <= 7; ++start)
    for (std::int64_t stop = -7; stop <= 7; ++stop)
      for (std::int64_t step = -4; step <= 4; ++step) {
        if (step == 0) continue;
        INFO("range(" << start << ", " << stop << ", " << step << ")");
        range r(start, stop, step);
        CHECK(elements(r) == naive(start, stop, step));
        CHECK(r.size() == static_cast<std::int64_t>(naive(start, stop, step).size()));
      }
  CHECK(elements(range(5)) == std::vector<std::int64_t>{0, 1, 2, 3, 4});
  CHECK(elements(range(-3)).empty());
  CHECK(elements(range(2, 5)) == std::vector<std::int64_t>{2, 3, 4});
}

TEST_CASE("range at the ends of int64 neither overflows nor loops forever", "[scalar][range]") {
  CHECK(elements(range(INT64_MAX - 2, INT64_MAX)) == std::vector<std::int64_t>{INT64_MAX - 2, INT64_MAX - 1});
  CHECK(elements(range(INT64_MAX - 5, INT64_MAX, 4)) == std::vector<std::int64_t>{INT64_MAX - 5, INT64_MAX - 1});
  CHECK(elements(range(INT64_MIN + 2, INT64_MIN, -1)) == std::vector<std::int64_t>{INT64_MIN + 2, INT64_MIN + 1});
  CHECK(elements(range(0, INT64_MAX, INT64_MAX / 2)) == std::vector<std::int64_t>{0, INT64_MAX / 2, INT64_MAX - 1});
  CHECK(elements(range(INT64_MAX, INT64_MIN, INT64_MIN)) == std::vector<std::int64_t>{INT64_MAX, -1});
  CHECK(range(INT64_MIN, INT64_MAX, 3).size() == INT64_C(6148914691236517205));
  CHECK(range(0, INT64_MAX).size() == INT64_MAX);
}

TEST_CASE("range errors are CPython's", "[scalar][range]") {
  try {
    range r(1, 10, 0);
    FAIL("range(1, 10, 0) did not raise");
  } catch (const pycxx::python_error& e) {
    CHECK(e.kind() == pycxx::exception_kind::ValueError);
    CHECK(e.message() == "range() arg 3 must not be zero");
  }
  // len() beyond int64 (iterating is fine): CPython's OverflowError.
  for (const range& r : {range(INT64_MIN, INT64_MAX), range(-1, INT64_MAX), range(INT64_MAX, INT64_MIN, -2)}) {
    try {
      (void)r.size();
      FAIL("len() of a range longer than int64 did not raise");
    } catch (const pycxx::python_error& e) {
      CHECK(e.kind() == pycxx::exception_kind::OverflowError);
      CHECK(e.message() == "Python int too large to convert to C ssize_t");
    }
  }
}
