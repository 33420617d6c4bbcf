// Scans: cumsum, cumprod, maximum_accumulate, minimum_accumulate (numpy's
// np.maximum.accumulate). Without an axis the input is walked in C order into a new 1-d
// array (as numpy flattens); with an axis the result has the input's shape. Fused with the
// expression scanned. Neighbours: reduce.hpp (same cursor machinery).
#pragma once

#include "pycxx/array/reduce.hpp"

namespace pycxx {

namespace detail {
template <class A> struct add_step { static A apply(A a, A b) { return ufunc::add::apply<A>(a, b); } };
template <class A> struct mul_step { static A apply(A a, A b) { return ufunc::multiply::apply<A>(a, b); } };
template <class A> struct max_step { static A apply(A a, A b) { return ufunc::maximum::apply<A>(a, b); } };
template <class A> struct min_step { static A apply(A a, A b) { return ufunc::minimum::apply<A>(a, b); } };

template <class Step, class A, class E> ndarray<A, 1> scan_flat(const E& e) {
  constexpr std::size_t N = E::rank;
  shape_t<N> sh = e.shape();
  ndarray<A, 1> r(shape_t<1>{size_of(sh)});
  auto c = e.cursor(sh);
  stride_list<N, E::leaves + 1> list;
  c.each_strides(list);
  loop_plan<N> pl = plan_loop(sh, list.items, list.count, static_cast<const shape_t<N>*>(nullptr), false);  // C order
  c.finish(pl.r);
  A* out = r.data();
  bool first = true;
  A acc{};
  run_loop(pl, [&](const index_t* idx, std::size_t outer) { c.seek(idx, outer); },
           [&](index_t n) {
             for (index_t k = 0; k < n; ++k) {
               A v = convert<A>(c.get(k));
               acc = first ? v : Step::apply(acc, v);
               first = false;
               *out++ = acc;
             }
           });
  return r;
}

template <class Step, class A, class E> ndarray<A, E::rank> scan_axis(const E& e, index_t axis_in) {
  constexpr std::size_t N = E::rank;
  std::size_t axis = normalize_axis(axis_in, N);
  shape_t<N> sh = e.shape();
  ndarray<A, N> r(sh);
  // Walk with `axis` innermost: permute source and destination strides alike.
  std::array<std::size_t, N> perm{};
  for (std::size_t d = 0, o = 0; d < N; ++d)
    if (d != axis) perm[o++] = d;
  perm[N - 1] = axis;
  auto c = e.cursor(sh);
  leaf_cursor<A, N> dc = r.cursor(sh);
  auto permute = [&](shape_t<N>& st) {
    shape_t<N> old = st;
    for (std::size_t d = 0; d < N; ++d) st[d] = old[perm[d]];
  };
  c.each_strides(permute);
  permute(dc.st);
  loop_plan<N> pl;
  pl.r = N;
  for (std::size_t d = 0; d < N; ++d) {
    pl.shape[d] = sh[perm[d]];
    pl.empty |= pl.shape[d] == 0;
  }
  c.finish(N);
  dc.finish(N);
  run_loop(pl, [&](const index_t* idx, std::size_t outer) { c.seek(idx, outer); dc.seek(idx, outer); },
           [&](index_t n) {
             A acc{};
             for (index_t k = 0; k < n; ++k) {
               A v = convert<A>(c.get(k));
               acc = k ? Step::apply(acc, v) : v;
               dc.ref(k) = acc;
             }
           });
  return r;
}
}  // namespace detail

#define PYCXX_SCAN(Name, StepT, Default)                                                             \
  template <class Dt = void, expression E> auto Name(const E& e) {                                   \
    using A = dtype_or<Dt, Default<typename E::value_type>>;                                         \
    return detail::scan_flat<detail::StepT<A>, A>(e);                                                \
  }                                                                                                  \
  template <class Dt = void, expression E> auto Name(const E& e, index_t axis) {                     \
    using A = dtype_or<Dt, Default<typename E::value_type>>;                                         \
    return detail::scan_axis<detail::StepT<A>, A>(e, axis);                                          \
  }
template <class T> using same_type_t = T;
PYCXX_SCAN(cumsum, add_step, sum_type_t)
PYCXX_SCAN(cumprod, mul_step, sum_type_t)
PYCXX_SCAN(maximum_accumulate, max_step, same_type_t)
PYCXX_SCAN(minimum_accumulate, min_step, same_type_t)
#undef PYCXX_SCAN

}  // namespace pycxx
