// Advanced indexing: a boolean mask (a[mask]) or an integer array (a[idx]) on the leading
// dimensions. Reading makes a new array (numpy copies too); setitem writes in place with
// the value broadcast as numpy does. Basic indices are in index.hpp.
#pragma once

#include "pycxx/array/index.hpp"

namespace pycxx {

namespace detail {
// Calls f(offset-in-a, position-in-mask) for each true element of `mask` in C order.
template <class T, std::size_t N, std::size_t K, class F> void for_each_true(const ndarray<T, N>& a, const ndarray<bool, K>& mask, F&& f) {
  static_assert(K <= N, "too many indices for array");
  for (std::size_t d = 0; d < K; ++d)
    if (mask.shape()[d] != a.shape()[d])
      raise(exception_kind::IndexError, "boolean index did not match indexed array along axis " + std::to_string(d) +
                                            "; size of axis is " + std::to_string(a.shape()[d]) +
                                            " but size of corresponding boolean axis is " + std::to_string(mask.shape()[d]));
  if (mask.size() == 0) return;
  index_t idx[K > 0 ? K : 1] = {};
  for (index_t count = 0;;) {
    index_t moff = 0, aoff = 0;
    for (std::size_t d = 0; d < K; ++d) {
      moff += idx[d] * mask.strides()[d];
      aoff += idx[d] * a.strides()[d];
    }
    if (mask.data()[moff]) f(aoff, count++);
    std::size_t d = K;
    while (d > 0) {
      --d;
      if (++idx[d] < mask.shape()[d]) break;
      idx[d] = 0;
      if (d == 0) return;
    }
    if (K == 0) return;
  }
}

template <class T, std::size_t N, std::size_t K> ndarray<T, N - K> subarray(const ndarray<T, N>& a, index_t offset) {
  shape_t<N - K> s, st;
  for (std::size_t d = K; d < N; ++d) {
    s[d - K] = a.shape()[d];
    st[d - K] = a.strides()[d];
  }
  return ndarray<T, N - K>(a.holder(), a.data() + offset, s, st);
}
// The trailing N - K dimensions of a C-ordered array, starting at element `offset`.
template <std::size_t K, class T, std::size_t N> ndarray<T, N - K> drop_leading_impl(const ndarray<T, N>& a, index_t offset) {
  shape_t<N - K> s{}, st{};
  for (std::size_t d = K; d < N; ++d) {
    s[d - K] = a.shape()[d];
    st[d - K] = a.strides()[d];
  }
  return ndarray<T, N - K>(a.holder(), a.data() + offset, s, st);
}
template <class T, std::size_t N> ndarray<T, N - 1> row(const ndarray<T, N>& a, index_t i) {
  return subarray<T, N, 1>(a, i * a.strides()[0]);
}
}  // namespace detail

template <std::size_t K> index_t count_nonzero(const ndarray<bool, K>& m) {
  index_t n = 0;
  ndarray<bool, K> flat = m;
  detail::for_each_true(flat, m, [&](index_t, index_t) { ++n; });
  return n;
}

// a[mask]: rank N - K + 1, the selected sub-arrays in C order of the mask.
template <class T, std::size_t N, std::size_t K> ndarray<T, N - K + 1> getitem(const ndarray<T, N>& a, const ndarray<bool, K>& mask) {
  shape_t<N - K + 1> s{};
  s[0] = count_nonzero(mask);
  for (std::size_t d = K; d < N; ++d) s[d - K + 1] = a.shape()[d];
  ndarray<T, N - K + 1> r(s);
  detail::for_each_true(a, mask, [&](index_t off, index_t i) {
    assign_fresh(detail::row(r, i), detail::subarray<T, N, K>(a, off));
  });
  return r;
}
template <class T, std::size_t N, expression M>
  requires(!std::is_same_v<M, ndarray<bool, M::rank>> && std::is_same_v<typename M::value_type, bool>)
auto getitem(const ndarray<T, N>& a, const M& mask) {
  return getitem(a, ndarray<bool, M::rank>(mask));
}

// a[mask] = v: v is a scalar, or broadcasts to (count, a.shape[K:]...).
template <class T, std::size_t N, std::size_t K, class V> void setitem(const ndarray<T, N>& a, const ndarray<bool, K>& mask, const V& v) {
  a.check_writeable();
  if constexpr (!expression<V>) {
    T value = convert<T>(v);
    detail::for_each_true(a, mask, [&](index_t off, index_t) { assign(detail::subarray<T, N, K>(a, off), scalar_expr<T>(value)); });
  } else {
    constexpr std::size_t R = N - K + 1;
    shape_t<R> s{};
    s[0] = count_nonzero(mask);
    for (std::size_t d = K; d < N; ++d) s[d - K + 1] = a.shape()[d];
    check_assignable(v.shape(), s);
    // Evaluate the values first: they may read `a` (a[m] = a[m] * 2).
    ndarray<T, R> vals(s);
    assign(vals, v);
    detail::for_each_true(a, mask, [&](index_t off, index_t i) { assign(detail::subarray<T, N, K>(a, off), detail::row(vals, i)); });
  }
}
template <class T, std::size_t N, expression M, class V>
  requires(!std::is_same_v<M, ndarray<bool, M::rank>> && std::is_same_v<typename M::value_type, bool>)
void setitem(const ndarray<T, N>& a, const M& mask, const V& v) {
  setitem(a, ndarray<bool, M::rank>(mask), v);
}

// a[idx] with an integer array on axis 0: rank K + N - 1.
template <class T, std::size_t N, class I, std::size_t K>
  requires(is_integral_v<I>)
ndarray<T, K + N - 1> getitem(const ndarray<T, N>& a, const ndarray<I, K>& idx) {
  shape_t<K + N - 1> s{};
  for (std::size_t d = 0; d < K; ++d) s[d] = idx.shape()[d];
  for (std::size_t d = 1; d < N; ++d) s[K + d - 1] = a.shape()[d];
  ndarray<T, K + N - 1> r(s);
  ndarray<I, K> flat_idx = idx.is_c_contiguous() ? idx : copy(idx);  // C order
  shape_t<N - 1> rs{};
  for (std::size_t d = 1; d < N; ++d) rs[d - 1] = a.shape()[d];
  index_t inner = size_of(rs);
  for (index_t i = 0; i < idx.size(); ++i) {
    index_t j = wrap_index(static_cast<index_t>(flat_idx.data()[i]), a.shape()[0], 0);
    assign_fresh(ndarray<T, N - 1>(r.holder(), r.data() + i * inner, rs, c_strides(rs)), detail::row(a, j));
  }
  return r;
}

// a[idx] = v with an integer array on axis 0 (later duplicates win, as in numpy).
template <class T, std::size_t N, class I, std::size_t K, class V>
  requires(is_integral_v<I>)
void setitem(const ndarray<T, N>& a, const ndarray<I, K>& idx, const V& v) {
  a.check_writeable();
  shape_t<K + N - 1> s{};
  for (std::size_t d = 0; d < K; ++d) s[d] = idx.shape()[d];
  for (std::size_t d = 1; d < N; ++d) s[K + d - 1] = a.shape()[d];
  ndarray<T, K + N - 1> vals(s);
  if constexpr (expression<V>) assign(vals, v);
  else assign(vals, scalar_expr<T>(convert<T>(v)));
  ndarray<I, K> flat_idx = idx.is_c_contiguous() ? idx : copy(idx);  // C order
  index_t inner = size_of(s) / (idx.size() ? idx.size() : 1);
  for (index_t i = 0; i < idx.size(); ++i) {
    index_t j = wrap_index(static_cast<index_t>(flat_idx.data()[i]), a.shape()[0], 0);
    shape_t<N> rs = a.shape();
    rs[0] = 1;
    ndarray<T, N> src(vals.holder(), vals.data() + i * inner, rs, c_strides(rs));
    assign(view(a, slice{j, j + 1, 1}), src);
  }
}

namespace detail {
// The rank N-K array of `a`'s elements with dimensions [first, first + K) held at `offset`.
template <std::size_t K, class T, std::size_t N> ndarray<T, N - K> drop_dims(const ndarray<T, N>& a, std::size_t first, index_t offset) {
  shape_t<N - K> s{}, st{};
  for (std::size_t d = 0, o = 0; d < N; ++d)
    if (d < first || d >= first + K) {
      s[o] = a.shape()[d];
      st[o++] = a.strides()[d];
    }
  return ndarray<T, N - K>(a.holder(), a.data() + offset, s, st);
}
}  // namespace detail

// numpy.take(a, idx, axis) (= a[:, idx] for axis 1): a new array of shape
// a.shape[:axis] + idx.shape + a.shape[axis+1:].
template <class T, std::size_t N, class I, std::size_t K>
  requires(is_integral_v<I>)
ndarray<T, N - 1 + K> take(const ndarray<T, N>& a, const ndarray<I, K>& idx, index_t axis_in) {
  std::size_t axis = normalize_axis(axis_in, N);
  shape_t<N - 1 + K> s{};
  for (std::size_t d = 0; d < axis; ++d) s[d] = a.shape()[d];
  for (std::size_t d = 0; d < K; ++d) s[axis + d] = idx.shape()[d];
  for (std::size_t d = axis + 1; d < N; ++d) s[d - 1 + K] = a.shape()[d];
  ndarray<T, N - 1 + K> r(s);
  ndarray<I, K> flat_idx = idx.is_c_contiguous() ? idx : copy(idx);  // C order
  shape_t<K> ist = c_strides(idx.shape());
  for (index_t i = 0; i < idx.size(); ++i) {
    index_t j = wrap_index(static_cast<index_t>(flat_idx.data()[i]), a.shape()[axis], axis);
    index_t roff = 0, rest = i;  // offset in r of idx position i (C order over idx's dims)
    for (std::size_t d = 0; d < K; ++d) {
      roff += (rest / ist[d]) * r.strides()[axis + d];
      rest %= ist[d];
    }
    assign_fresh(detail::drop_dims<K>(r, axis, roff), detail::drop_dims<1>(a, axis, j * a.strides()[axis]));
  }
  return r;
}

namespace detail {
// Calls f(k, offset in a) for each element k (C order) of the broadcast of i0 and i1, the
// offset being that of a[i0[k], i1[k]] (IndexError as numpy on out-of-range indices).
template <class T, std::size_t N, class I, class J, std::size_t K, class F>
void for_each_index_pair(const ndarray<T, N>& a, const ndarray<I, K>& i0, const ndarray<J, K>& i1, F&& f) {
  shape_t<K> s = broadcast_shapes<K>(i0.shape(), i1.shape());
  ndarray<I, K> b0(s);
  ndarray<J, K> b1(s);
  assign_fresh(b0, i0);
  assign_fresh(b1, i1);
  for (index_t k = 0; k < b0.size(); ++k)
    f(k, wrap_index(static_cast<index_t>(b0.data()[k]), a.shape()[0], 0) * a.strides()[0] +
             wrap_index(static_cast<index_t>(b1.data()[k]), a.shape()[1], 1) * a.strides()[1]);
}
}  // namespace detail

// a[i0, i1] with two integer arrays (broadcast together): rank K + N - 2.
template <class T, std::size_t N, class I, class J, std::size_t K>
  requires(is_integral_v<I> && is_integral_v<J> && N >= 2)
ndarray<T, K + N - 2> getitem(const ndarray<T, N>& a, const ndarray<I, K>& i0, const ndarray<J, K>& i1) {
  shape_t<K + N - 2> s{};
  shape_t<K> ks = broadcast_shapes<K>(i0.shape(), i1.shape());
  for (std::size_t d = 0; d < K; ++d) s[d] = ks[d];
  for (std::size_t d = 2; d < N; ++d) s[K + d - 2] = a.shape()[d];
  ndarray<T, K + N - 2> r(s);
  index_t inner = size_of(s) / (size_of(ks) ? size_of(ks) : 1);
  detail::for_each_index_pair(a, i0, i1, [&](index_t k, index_t off) {
    auto dst = detail::drop_leading_impl<K>(r, k * inner);
    assign_fresh(dst, detail::subarray<T, N, 2>(a, off));
  });
  return r;
}

// a[i0, i1] = v (v a scalar or broadcasting to the indexed shape; later duplicates win).
template <class T, std::size_t N, class I, class J, std::size_t K, class V>
  requires(is_integral_v<I> && is_integral_v<J> && N >= 2)
void setitem(const ndarray<T, N>& a, const ndarray<I, K>& i0, const ndarray<J, K>& i1, const V& v) {
  a.check_writeable();
  shape_t<K + N - 2> s{};
  shape_t<K> ks = broadcast_shapes<K>(i0.shape(), i1.shape());
  for (std::size_t d = 0; d < K; ++d) s[d] = ks[d];
  for (std::size_t d = 2; d < N; ++d) s[K + d - 2] = a.shape()[d];
  ndarray<T, K + N - 2> vals(s);
  if constexpr (expression<V>) assign(vals, v);
  else assign(vals, scalar_expr<T>(convert<T>(v)));
  index_t inner = size_of(s) / (size_of(ks) ? size_of(ks) : 1);
  detail::for_each_index_pair(a, i0, i1, [&](index_t k, index_t off) {
    assign(detail::subarray<T, N, 2>(a, off), detail::drop_leading_impl<K>(vals, k * inner));
  });
}

}  // namespace pycxx
