// Basic indexing with Python's rules, giving views that never copy: integers (negative
// wrap, IndexError when out of range), slices (any step, negative included), newaxis and
// ellipsis. view(a, ...) returns an ndarray whose rank the index types decide at compile
// time; at(a, i, j) returns an element reference; getitem/setitem are the generated code's
// spelling of a[...] and a[...] = v (fancy.hpp adds masks and integer arrays).
#pragma once

#include <limits>

#include "pycxx/array/assign.hpp"
#include "pycxx/slice.hpp"  // slice, slice_none, adjust_slice: shared with list and str

namespace pycxx {

struct newaxis_t {};
inline constexpr newaxis_t newaxis{};
struct ellipsis_t {};
inline constexpr ellipsis_t ellipsis{};

namespace detail {
template <class I> inline constexpr bool is_int_index = std::is_integral_v<I>;
template <class I> inline constexpr std::size_t consumes = std::is_same_v<I, newaxis_t> ? 0 : 1;
template <class I> inline constexpr std::size_t produces = is_int_index<I> ? 0 : 1;
}  // namespace detail

// Rank of a[idx...] for an array of rank N.
template <std::size_t N, class... I> inline constexpr std::size_t view_rank = [] {
  std::size_t used = (std::size_t{0} + ... + (std::is_same_v<I, ellipsis_t> ? 0 : detail::consumes<I>));
  std::size_t made = (std::size_t{0} + ... + (std::is_same_v<I, ellipsis_t> ? 0 : detail::produces<I>));
  return N - used + made;
}();

template <class T, std::size_t N, class... I> auto view(const ndarray<T, N>& a, const I&... idx) {
  constexpr std::size_t ellipses = (std::size_t{0} + ... + std::is_same_v<I, ellipsis_t>);
  static_assert(ellipses <= 1, "an index can only have a single ellipsis ('...')");
  constexpr std::size_t used = (std::size_t{0} + ... + (std::is_same_v<I, ellipsis_t> ? 0 : detail::consumes<I>));
  static_assert(used <= N, "too many indices for array");
  constexpr std::size_t M = view_rank<N, I...>;
  shape_t<M> shape{}, strides{};
  T* data = a.data();
  std::size_t in = 0, out = 0;
  auto one = [&](const auto& x) {
    using X = std::remove_cvref_t<decltype(x)>;
    if constexpr (std::is_same_v<X, ellipsis_t>) {
      for (std::size_t k = 0; k < N - used; ++k, ++in, ++out) {
        shape[out] = a.shape()[in];
        strides[out] = a.strides()[in];
      }
    } else if constexpr (std::is_same_v<X, newaxis_t>) {
      shape[out] = 1;
      strides[out++] = 0;
    } else if constexpr (std::is_same_v<X, slice>) {
      slice_range r = adjust_slice(x, a.shape()[in]);
      if (r.length) data += r.start * a.strides()[in];
      shape[out] = r.length;
      strides[out++] = r.step * a.strides()[in++];
    } else {
      static_assert(detail::is_int_index<X>, "index must be an integer, slice, newaxis or ellipsis");
      data += wrap_index(static_cast<index_t>(x), a.shape()[in], in) * a.strides()[in];
      ++in;
    }
  };
  (one(idx), ...);
  for (; in < N; ++in, ++out) {  // trailing dimensions are taken whole
    shape[out] = a.shape()[in];
    strides[out] = a.strides()[in];
  }
  return ndarray<T, M>(a.holder(), data, shape, strides);
}

// a[i, j] with every dimension indexed by an integer: a reference to the element. Bit d of
// InBounds says the compiler proved 0 <= index d < shape[d] (opt/prove_bounds.cpp), so that
// dimension skips the wrap and the check. Always inlined: GCC's -O2 heuristics otherwise keep
// it a call in the hottest loops, and inline it is a few adds and one predicted compare.
template <unsigned InBounds = 0, class T, std::size_t N, class... I>
[[gnu::always_inline]] inline T& at(const ndarray<T, N>& a, I... idx) {
  static_assert(sizeof...(I) == N, "at() takes one integer per dimension");
  index_t ix[] = {static_cast<index_t>(idx)...};
  T* p = a.data();
  for (std::size_t d = 0; d < N; ++d)
    p += ((InBounds >> d) & 1u ? ix[d] : wrap_index(ix[d], a.shape()[d], d)) * a.strides()[d];
  return *p;
}

// a[i, j] = v: like at(), after checking the array may be written (read-only numpy input).
template <unsigned InBounds = 0, class T, std::size_t N, class... I>
[[gnu::always_inline]] inline T& at_mut(const ndarray<T, N>& a, I... idx) {
  a.check_writeable();
  return at<InBounds>(a, idx...);
}

// a[...] for basic indices: a scalar (all integers) or a view.
template <class T, std::size_t N, class... I> auto getitem(const ndarray<T, N>& a, const I&... idx) {
  if constexpr (sizeof...(I) == N && (detail::is_int_index<I> && ...)) return at(a, idx...);
  else return view(a, idx...);
}

// Transposes and reshapes that stay views.
template <class T, std::size_t N> ndarray<T, N> transpose(const ndarray<T, N>& a) {
  shape_t<N> s, st;
  for (std::size_t d = 0; d < N; ++d) {
    s[d] = a.shape()[N - 1 - d];
    st[d] = a.strides()[N - 1 - d];
  }
  return ndarray<T, N>(a.holder(), a.data(), s, st);
}

// a.reshape(shape): a view when `a` is C-contiguous, else a C-ordered copy (as numpy);
// one dimension may be negative (-1: inferred).
template <std::size_t M, class T, std::size_t N> ndarray<T, M> reshape(const ndarray<T, N>& a, shape_t<M> s) {
  index_t known = 1, unknown = -1;
  for (std::size_t d = 0; d < M; ++d) {
    // numpy takes any negative size as the one unknown dimension (-1 by convention).
    if (s[d] < 0 && unknown >= 0) raise(exception_kind::ValueError, "can only specify one unknown dimension");
    if (s[d] < 0) unknown = static_cast<index_t>(d);
    else known *= s[d];
  }
  auto fail = [&] {
    // numpy's spelling: the inferred dimension is "newaxis", dropped when leading
    // ("into shape (2,newaxis)", "(2)" for (-1, 2)), "(4,)" for one dimension.
    std::size_t d = 0;
    while (d < M && s[d] < 0) ++d;
    std::string text = d == M ? "()" : "(" + std::to_string(s[d++]);
    for (; d < M; ++d) text += s[d] < 0 ? std::string(",newaxis") : "," + std::to_string(s[d]);
    if (text != "()") text += M == 1 ? ",)" : ")";
    raise(exception_kind::ValueError, "cannot reshape array of size " + std::to_string(a.size()) + " into shape " + text);
  };
  if (unknown >= 0) {
    if (known == 0 || a.size() % known != 0) fail();
    s[unknown] = a.size() / known;
  } else if (known != a.size()) {
    fail();
  }
  if (a.is_c_contiguous()) return ndarray<T, M>(a.holder(), a.data(), s, c_strides(s));
  ndarray<T, N> c(a.shape());
  assign_fresh(c, a);
  return ndarray<T, M>(c.holder(), c.data(), s, c_strides(s));
}
// a.ravel(): rank 1, a view when possible.
template <class T, std::size_t N> ndarray<T, 1> ravel(const ndarray<T, N>& a) { return reshape(a, shape_t<1>{-1}); }

}  // namespace pycxx
