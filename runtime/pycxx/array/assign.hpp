// assign(): the ONE place that chooses how an expression is evaluated. It plans the loop
// (cursor.hpp: reorder for locality, merge contiguous dimensions), then runs each inner
// run with xsimd batches and a scalar tail when every operand is contiguous or broadcast
// along it and the types allow, or with a strided scalar loop otherwise. A destination
// that overlaps a source in any other way than element-for-element gets a temporary first
// (so `a[1:] = a[:-1] + 1` gives numpy's answer). Also the in-place operators (+=, ...).
#pragma once

#include "pycxx/array/operators.hpp"
#include "pycxx/array/store.hpp"

namespace pycxx {

namespace detail {

// Whether reading `e` while writing `dst` could read an element already overwritten.
template <class T, std::size_t N, class E> bool needs_temporary(const ndarray<T, N>& dst, const E& e) {
  auto [dlo, dhi] = dst.memory_range();
  if (dlo == dhi) return false;
  bool unsafe = false;
  e.each_leaf(dst.shape(), [&](std::pair<const char*, const char*> range, const void* data,
                               const shape_t<N>& strides, std::size_t item) {
    if (range.second <= dlo || range.first >= dhi) return;
    // Same element for element (a += 1, a[:] = a * 2) is safe; any other overlap is not.
    bool same = data == static_cast<const void*>(dst.data()) && item == sizeof(T);
    for (std::size_t d = 0; d < N && same; ++d) same = dst.shape()[d] == 1 || strides[d] == dst.strides()[d];
    unsafe |= !same;
  });
  return unsafe;
}

template <class T, std::size_t N, class E> void assign_loop(const ndarray<T, N>& dst, const E& e) {
  leaf_cursor<T, N> dc = dst.cursor(dst.shape());
  auto ec = e.cursor(dst.shape());
  stride_list<N, E::leaves + 1> list;
  list(dc.st);
  ec.each_strides(list);
  loop_plan<N> pl = plan_loop(dst.shape(), list.items, list.count, &dc.st, true);
  dc.finish(pl.r);
  ec.finish(pl.r);
  auto seek = [&](const index_t* idx, std::size_t outer) {
    dc.seek(idx, outer);
    ec.seek(idx, outer);
  };
  // Contiguous: the destination has unit inner stride and every source unit or zero.
  const bool contiguous = dc.inner == 1 && ec.simd_ok();
  if constexpr (E::simd_able && std::is_same_v<typename E::value_type, T>) {
    if (contiguous) {
      hook_loop(loop_kind::simd);
      using batch = xsimd::batch<T>;
      constexpr index_t w = static_cast<index_t>(batch::size);
      run_loop(pl, seek, [&](index_t n) {
        index_t k = 0;
        for (; k + w <= n; k += w) dc.store(k, ec.load(k));
        for (; k < n; ++k) dc.p[k] = ec.get(k);
      });
      return;
    }
  }
  if (dc.inner == 1) {
    hook_loop(contiguous ? loop_kind::scalar_contiguous : loop_kind::strided);
    run_loop(pl, seek, [&](index_t n) {
      T* out = dc.p;
      for (index_t k = 0; k < n; ++k) out[k] = convert<T>(ec.get(k));
    });
  } else {
    hook_loop(loop_kind::strided);
    run_loop(pl, seek, [&](index_t n) {
      for (index_t k = 0; k < n; ++k) dc.ref(k) = convert<T>(ec.get(k));
    });
  }
}

}  // namespace detail

// Evaluates `e` into a destination that nothing in `e` can alias (a new array).
template <class T, std::size_t N, class E> void assign_fresh(const ndarray<T, N>& dst, const E& e) {
  detail::assign_loop(dst, e);
}

// dst[...] = e, with numpy's broadcasting and casting ('unsafe', as __setitem__); a scalar
// converted as numpy's setitem converts a Python scalar (store.hpp: a[:] = 256 into uint8 raises).
template <class T, std::size_t N, class E> void assign(const ndarray<T, N>& dst, const E& e) {
  if constexpr (!expression<E>) {
    dst.check_writeable();  // numpy checks before converting the value
    assign(dst, scalar_expr<T>(store_cast<T>(e)));
  } else {
    static_assert(E::rank <= N, "cannot assign an expression of higher rank");
    dst.check_writeable();
    check_assignable(e.shape(), dst.shape());
    if (detail::needs_temporary(dst, e)) {
      hook_temporary();
      ndarray<typename E::value_type, E::rank> tmp(e.shape());  // (not the aliasing copy)
      detail::assign_loop(tmp, e);
      detail::assign_loop(dst, tmp);
    } else {
      detail::assign_loop(dst, e);
    }
  }
}

// In-place operators: numpy's ufunc(out=a) with casting 'same_kind' (a += 1.5 on an
// integer array raises TypeError as numpy's _UFuncOutputCastingError does).
template <class Op, class T, std::size_t N, class R> void inplace(const ndarray<T, N>& a, R&& r) {
  auto e = make_binary<Op>(a, std::forward<R>(r));
  using V = typename decltype(e)::value_type;
  if constexpr (!can_cast_same_kind_v<V, T>)
    raise(exception_kind::TypeError, std::string("Cannot cast ufunc '") + Op::name + "' output from dtype('" +
                                         dtype_traits<V>::name + "') to dtype('" + dtype_traits<T>::name +
                                         "') with casting rule 'same_kind'");
  else assign(a, e);
}

#define PYCXX_INPLACE_OPERATOR(Sym, Name)                                                               \
  template <class T, std::size_t N, class R> requires(expression<R> || python_scalar<R>)                \
  const ndarray<T, N>& operator Sym(const ndarray<T, N>& a, R&& r) {                                   \
    inplace<ufunc::Name>(a, std::forward<R>(r));                                                        \
    return a;                                                                                           \
  }
PYCXX_INPLACE_OPERATOR(+=, add)
PYCXX_INPLACE_OPERATOR(-=, subtract)
PYCXX_INPLACE_OPERATOR(*=, multiply)
PYCXX_INPLACE_OPERATOR(/=, true_divide)
PYCXX_INPLACE_OPERATOR(%=, remainder)
PYCXX_INPLACE_OPERATOR(&=, bitwise_and)
PYCXX_INPLACE_OPERATOR(|=, bitwise_or)
PYCXX_INPLACE_OPERATOR(^=, bitwise_xor)
PYCXX_INPLACE_OPERATOR(<<=, left_shift)
PYCXX_INPLACE_OPERATOR(>>=, right_shift)
#undef PYCXX_INPLACE_OPERATOR

// Named forms for the compiler: a //= b, a **= b.
template <class T, std::size_t N, class R> const ndarray<T, N>& inplace_floor_divide(const ndarray<T, N>& a, R&& r) {
  inplace<ufunc::floor_divide>(a, std::forward<R>(r));
  return a;
}
template <class T, std::size_t N, class R> const ndarray<T, N>& inplace_power(const ndarray<T, N>& a, R&& r) {
  inplace<ufunc::power>(a, std::forward<R>(r));
  return a;
}

// A new array of expression `e` with its own rank: `auto r = eval(a * b);`.
template <expression E> auto eval(const E& e) { return ndarray<typename E::value_type, E::rank>(e); }
// `[x for x in a * 2.0]`: the expression evaluated once, then iterated over axis 0 (an
// ndarray itself goes through containers/protocol.hpp's iterate, as it is).
template <expression E>
  requires(!requires(const E& e) { e.begin(); })
auto iterate(const E& e) {
  return eval(e);
}
// ndarray.astype(U): always a new array.
template <class U, expression E> ndarray<U, E::rank> astype(const E& e) {
  ndarray<U, E::rank> r(e.shape());
  detail::assign_loop(r, e);
  return r;
}

}  // namespace pycxx
