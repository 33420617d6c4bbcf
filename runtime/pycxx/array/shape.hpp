// Shapes, strides and numpy's rules on them: broadcasting (with numpy's error messages),
// C-order strides, axis normalisation (AxisError's message, raised as ValueError) and index
// wrapping (IndexError's message). Strides are counted in elements, not bytes.
// Neighbours: ndarray.hpp (uses these), expr.hpp (broadcasts operands).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "pycxx/errors.hpp"

namespace pycxx {

using index_t = std::int64_t;
template <std::size_t N> using shape_t = std::array<index_t, N>;

template <std::size_t N> constexpr index_t size_of(const shape_t<N>& s) {
  index_t n = 1;
  for (index_t d : s) n *= d;
  return n;
}

template <std::size_t N> shape_t<N> c_strides(const shape_t<N>& s) {
  shape_t<N> st{};
  index_t acc = 1;
  for (std::size_t d = N; d-- > 0;) {
    st[d] = acc;
    acc *= s[d] > 0 ? s[d] : 1;
  }
  return st;
}

// numpy's spelling of a shape in messages: (3,) (2,3) ().
template <std::size_t N> std::string shape_repr(const shape_t<N>& s) {
  std::string r = "(";
  for (std::size_t d = 0; d < N; ++d) {
    if (d) r += ",";
    r += std::to_string(s[d]);
  }
  if (N == 1) r += ",";
  return r + ")";
}

// Broadcast two shapes, right-aligned, to rank M >= max(A, B).
template <std::size_t M, std::size_t A, std::size_t B>
shape_t<M> broadcast_shapes(const shape_t<A>& a, const shape_t<B>& b) {
  shape_t<M> r{};
  r.fill(1);
  for (std::size_t i = 0; i < M; ++i) {
    index_t da = i < A ? a[A - 1 - i] : 1, db = i < B ? b[B - 1 - i] : 1;
    index_t& out = r[M - 1 - i];
    if (da == db || db == 1) out = da;
    else if (da == 1) out = db;
    else
      raise(exception_kind::ValueError,
            "operands could not be broadcast together with shapes " + shape_repr(a) + " " + shape_repr(b) + " ");
  }
  return r;
}

// Whether `from` broadcasts to `to` (assignment: the source may not grow the destination).
template <std::size_t M, std::size_t N> void check_assignable(const shape_t<M>& from, const shape_t<N>& to) {
  bool ok = M <= N;
  for (std::size_t i = 0; ok && i < M; ++i) {
    index_t f = from[M - 1 - i], t = to[N - 1 - i];
    ok = f == t || f == 1;
  }
  if (!ok)
    raise(exception_kind::ValueError,
          "could not broadcast input array from shape " + shape_repr(from) + " into shape " + shape_repr(to));
}

// The strides of an operand of shape s (strides st) seen at target shape `to` (rank M >= N):
// leading and size-1 broadcast dimensions get stride 0.
template <std::size_t M, std::size_t N>
shape_t<M> broadcast_strides(const shape_t<N>& s, const shape_t<N>& st, const shape_t<M>& to) {
  shape_t<M> r{};
  for (std::size_t i = 0; i < N; ++i) {
    std::size_t d = M - N + i;
    r[d] = (s[i] == 1 && to[d] != 1) ? 0 : st[i];
  }
  return r;
}

// numpy's AxisError (a subclass of ValueError and IndexError): compiled `except` sees a
// ValueError, the caller numpy.exceptions.AxisError.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_axis_error(index_t axis, std::size_t ndim) {
  throw python_error(exception_kind::ValueError, "axis " + std::to_string(axis) +
                                                     " is out of bounds for array of dimension " + std::to_string(ndim))
      .with_python_class("numpy.exceptions:AxisError");
}

inline std::size_t normalize_axis(index_t axis, std::size_t ndim) {
  index_t n = static_cast<index_t>(ndim);
  if (axis < -n || axis >= n) raise_axis_error(axis, ndim);
  return static_cast<std::size_t>(axis < 0 ? axis + n : axis);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_index_error(index_t i, index_t size, std::size_t axis) {
  raise(exception_kind::IndexError, "index " + std::to_string(i) + " is out of bounds for axis " +
                                        std::to_string(axis) + " with size " + std::to_string(size));
}

// The check is one compare on the fast path (the message is built out of line), so element
// access inlines into the loop and the optimiser can hoist or drop it.
[[gnu::always_inline]] inline index_t wrap_index(index_t i, index_t size, std::size_t axis) {
  index_t w = i < 0 ? i + size : i;
  if (static_cast<std::uint64_t>(w) >= static_cast<std::uint64_t>(size)) [[unlikely]] raise_index_error(i, size, axis);
  return w;
}

}  // namespace pycxx
