// ndarray<T, N>: numpy's ndarray with dtype T and rank N fixed at compile time. Every
// ndarray is a strided handle onto a shared buffer (buffer.hpp): copying one aliases, as
// Python's `b = a` does; views (index.hpp) share the buffer. Any strides are allowed
// (C, F, negative, zero). An ndarray is also a leaf of the expression tree (expr.hpp):
// `ndarray<double, 1> r = a * b + c;` evaluates the expression into one new buffer.
#pragma once

#include <cstring>
#include <initializer_list>
#include <type_traits>

#include "pycxx/array/buffer.hpp"
#include "pycxx/array/cursor.hpp"
#include "pycxx/array/dtype.hpp"

namespace pycxx {

struct expression_tag {};
template <class E>
concept expression = std::is_base_of_v<expression_tag, std::remove_cvref_t<E>>;

template <class T, std::size_t N> class ndarray;
template <class T, std::size_t N, class E> void assign(const ndarray<T, N>& dst, const E& e);
template <class T, std::size_t N, class E> void assign_fresh(const ndarray<T, N>& dst, const E& e);

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_read_only() {
  raise(exception_kind::ValueError, "assignment destination is read-only");
}

// Iterating an array as Python does (`[x for x in a]`, enumerate(a), zip(a, b), list(a),
// sum(a), sorted(a)...): over axis 0, a 1-d array giving its elements (numpy scalars: the
// dtype's machine type), a higher one its rows as views. The array is held (shared buffer);
// the length is read once, as numpy's iterator does. (`for x in a` itself is a counted loop.)
template <class T, std::size_t N> class axis0_iterator {
 public:
  struct sentinel {};
  axis0_iterator(const ndarray<T, N>* a, index_t n) : a_(a), n_(n) {}
  auto operator*() const;
  axis0_iterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator==(sentinel) const { return i_ >= n_; }

 private:
  const ndarray<T, N>* a_;
  index_t i_ = 0, n_;
};

template <class T, std::size_t N> class ndarray : public expression_tag {
  static_assert(dtype<T>, "ndarray element type must be one of dtype.def's types");

 public:
  using value_type = T;
  static constexpr std::size_t rank = N;
  static constexpr std::size_t leaves = 1;
  static constexpr bool simd_able = is_simd_type_v<T>;

  ndarray() { shape_.fill(0); strides_.fill(1); }  // an empty array, no buffer
  // A new C-order array, uninitialised (numpy.empty).
  explicit ndarray(const shape_t<N>& shape) : shape_(shape), strides_(c_strides(shape)) {
    for (index_t d : shape)
      if (d < 0) raise(exception_kind::ValueError, "negative dimensions are not allowed");
    auto [ref, data] = allocate_buffer(static_cast<std::size_t>(size()) * sizeof(T));
    holder_ = std::move(ref);
    data_ = static_cast<T*>(data);
  }
  ndarray(const shape_t<N>& shape, T fill) : ndarray(shape) { std::fill_n(data_, size(), fill); }
  // A view onto existing memory kept alive by `holder` (views, the numpy bridge).
  ndarray(buffer_ref holder, T* data, const shape_t<N>& shape, const shape_t<N>& strides)
      : holder_(std::move(holder)), data_(data), shape_(shape), strides_(strides) {}
  // A new array with the given strides (a permutation of a dense layout), uninitialised.
  ndarray(const shape_t<N>& shape, const shape_t<N>& strides, bool) : ndarray(shape) { strides_ = strides; }
  // Evaluates an expression into a new array: exactly one allocation. The new array keeps
  // the memory order of the expression's first operand (numpy's order='K'), so F-ordered
  // inputs give an F-ordered result and the loop stays contiguous (and SIMD) for both.
  template <expression E>
    requires(!std::is_same_v<std::remove_cvref_t<E>, ndarray>)
  ndarray(const E& e) : ndarray(e.shape(), keep_order_strides(e), true) {
    static_assert(E::rank == N, "an expression initialises an ndarray of its own rank");
    assign_fresh(*this, e);
  }
  // Python's `x = expr` rebinds x to a new array (the old buffer may still be read by expr).
  template <expression E>
    requires(!std::is_same_v<std::remove_cvref_t<E>, ndarray>)
  ndarray& operator=(const E& e) {
    ndarray fresh(e);
    *this = std::move(fresh);
    return *this;
  }
  ndarray(const ndarray&) = default;
  ndarray(ndarray&&) noexcept = default;
  ndarray& operator=(const ndarray&) = default;
  ndarray& operator=(ndarray&&) noexcept = default;

  static ndarray from_list(std::initializer_list<T> values) requires(N == 1) {
    ndarray a(shape_t<1>{static_cast<index_t>(values.size())});
    std::copy(values.begin(), values.end(), a.data_);
    return a;
  }

  const shape_t<N>& shape() const noexcept { return shape_; }
  index_t shape(std::size_t d) const noexcept { return shape_[d]; }
  axis0_iterator<T, N> begin() const requires(N >= 1) { return {this, shape_[0]}; }
  typename axis0_iterator<T, N>::sentinel end() const requires(N >= 1) { return {}; }
  const shape_t<N>& strides() const noexcept { return strides_; }  // in elements
  index_t size() const noexcept { return size_of(shape_); }
  static constexpr std::size_t ndim() noexcept { return N; }
  T* data() const noexcept { return data_; }
  const buffer_ref& holder() const noexcept { return holder_; }
  bool writeable() const noexcept { return holder_.writeable(); }
  bool is_c_contiguous() const noexcept {
    index_t acc = 1;
    for (std::size_t d = N; d-- > 0;) {
      if (shape_[d] != 1 && strides_[d] != acc) return size() == 0;
      acc *= shape_[d];
    }
    return true;
  }
  void check_writeable() const {
    if (!writeable()) [[unlikely]] raise_read_only();
  }

  // Unchecked element access by non-negative indices (the optimiser's proven-safe form).
  template <class... I> T& operator()(I... i) const noexcept {
    static_assert(sizeof...(I) == N);
    index_t idx[] = {static_cast<index_t>(i)..., 0};
    T* p = data_;
    for (std::size_t d = 0; d < N; ++d) p += idx[d] * strides_[d];
    return *p;
  }

  // a.item(): the one element of a size-1 array (any rank).
  T item() const {
    if (size() != 1) raise(exception_kind::ValueError, "can only convert an array of size 1 to a Python scalar");
    return *data_;
  }

  // Expression-tree leaf interface (expr.hpp).
  template <std::size_t M> leaf_cursor<T, M> cursor(const shape_t<M>& target) const {
    return {data_, data_, broadcast_strides<M, N>(shape_, strides_, target), 0};
  }
  // Byte range this array touches, for overlap detection.
  std::pair<const char*, const char*> memory_range() const {
    const char* lo = reinterpret_cast<const char*>(data_);
    const char* hi = lo;
    for (std::size_t d = 0; d < N; ++d) {
      if (shape_[d] == 0) return {lo, lo};
      index_t ext = (shape_[d] - 1) * strides_[d] * static_cast<index_t>(sizeof(T));
      (ext < 0 ? lo : hi) += ext;
    }
    return {lo, hi + sizeof(T)};
  }
  template <std::size_t M, class F> void each_leaf(const shape_t<M>& target, F&& f) const {
    f(memory_range(), static_cast<const void*>(data_), broadcast_strides<M, N>(shape_, strides_, target),
      sizeof(T));
  }

 private:
  // Dense strides ordered like the first operand's (C order when that operand broadcasts,
  // or there is none).
  template <class E> static shape_t<N> keep_order_strides(const E& e) {
    shape_t<N> shape = e.shape();
    auto c = e.cursor(shape);
    stride_list<N, E::leaves + 1> list;
    c.each_strides(list);
    if (list.count == 0) return c_strides(shape);
    const shape_t<N>& st = *list.items[0];
    std::array<std::size_t, N> perm{};
    for (std::size_t d = 0; d < N; ++d) {
      if (st[d] == 0 && shape[d] > 1) return c_strides(shape);
      perm[d] = d;
    }
    std::stable_sort(perm.begin(), perm.end(), [&](std::size_t a, std::size_t b) {
      index_t sa = shape[a] > 1 ? std::llabs(st[a]) : 0, sb = shape[b] > 1 ? std::llabs(st[b]) : 0;
      return sa > sb || (sa == sb && a < b);
    });
    shape_t<N> r{};
    index_t acc = 1;
    for (std::size_t k = N; k-- > 0;) {
      r[perm[k]] = acc;
      acc *= shape[perm[k]] > 0 ? shape[perm[k]] : 1;
    }
    return r;
  }

  buffer_ref holder_;
  T* data_ = nullptr;
  shape_t<N> shape_;
  shape_t<N> strides_;
};

template <class T, std::size_t N> auto axis0_iterator<T, N>::operator*() const {
  T* at = a_->data() + i_ * a_->strides()[0];
  if constexpr (N == 1) {
    return *at;
  } else {
    shape_t<N - 1> shape{}, strides{};
    for (std::size_t d = 1; d < N; ++d) {
      shape[d - 1] = a_->shape()[d];
      strides[d - 1] = a_->strides()[d];
    }
    return ndarray<T, N - 1>(a_->holder(), at, shape, strides);
  }
}

// len(a): the length of the first axis (a 0-d array is a compile error, as numpy's TypeError).
template <class T, std::size_t N> index_t len(const ndarray<T, N>& a) {
  static_assert(N > 0, "len() of unsized object");
  return a.shape()[0];
}

// numpy.empty / zeros / full / copy.
template <class T, std::size_t N> ndarray<T, N> empty(const shape_t<N>& shape) { return ndarray<T, N>(shape); }
template <class T, std::size_t N> ndarray<T, N> zeros(const shape_t<N>& shape) { return ndarray<T, N>(shape, T{}); }
template <class T, std::size_t N> ndarray<T, N> full(const shape_t<N>& shape, T v) { return ndarray<T, N>(shape, v); }
template <class T, std::size_t N> ndarray<T, N> copy(const ndarray<T, N>& a) {
  ndarray<T, N> r(a.shape());
  assign_fresh(r, a);
  return r;
}

}  // namespace pycxx
