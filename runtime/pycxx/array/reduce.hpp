// numpy's reductions over an expression, fused (np.sum(a * b) walks a and b once and
// allocates nothing): sum, prod, mean, var, std, min (amin), max (amax), argmin, argmax,
// any, all. Each takes axis as nothing (None: a scalar), an int (rank N-1), or
// std::array<index_t, K> (a tuple: rank N-K), optionally `keepdims` (rank N), and the
// accumulator/result dtype as a template argument: pycxx::sum<double>(a, 1, pycxx::keepdims).
#pragma once

#include <cmath>

#include "pycxx/array/assign.hpp"
#include "pycxx/array/reducers.hpp"

namespace pycxx {

struct keepdims_t {};
inline constexpr keepdims_t keepdims{};

namespace detail {

template <class Red, class E> typename Red::result_t reduce_all(const Red& red, const E& e) {
  constexpr std::size_t N = E::rank;
  shape_t<N> sh = e.shape();
  index_t count = size_of(sh);
  if constexpr (!Red::has_identity)
    if (count == 0) raise(exception_kind::ValueError, Red::empty_message);
  auto c = e.cursor(sh);
  stride_list<N, E::leaves + 1> list;
  c.each_strides(list);
  loop_plan<N> pl = plan_loop(sh, list.items, list.count, list.count ? list.items[0] : nullptr, !Red::ordered);
  c.finish(pl.r);
  auto acc = red.init();
  index_t base = 0;
  run_loop(pl, [&](const index_t* idx, std::size_t outer) { c.seek(idx, outer); },
           [&](index_t n) {
             red.run(acc, c, n, base);
             base += n;
           });
  return red.result(acc, count);
}

// Reduces `e` over `axes` (normalised, distinct) into `out`, whose elements follow the kept
// dimensions in C order.
template <class Red, class E, std::size_t K, class R>
void reduce_axes(const Red& red, const E& e, const std::array<std::size_t, K>& axes, R* out) {
  constexpr std::size_t N = E::rank;
  shape_t<N> sh = e.shape();
  std::array<std::size_t, N> perm{};
  std::size_t kept = 0;
  for (std::size_t d = 0; d < N; ++d)
    if (std::find(axes.begin(), axes.end(), d) == axes.end()) perm[kept++] = d;
  for (std::size_t k = 0; k < K; ++k) perm[kept + k] = axes[k];
  index_t reduced = 1;
  for (std::size_t a : axes) reduced *= sh[a];
  if constexpr (!Red::has_identity)
    if (reduced == 0) raise(exception_kind::ValueError, Red::empty_message);
  auto c = e.cursor(sh);
  shape_t<N> psh;
  for (std::size_t d = 0; d < N; ++d) psh[d] = sh[perm[d]];
  c.each_strides([&](shape_t<N>& st) {
    shape_t<N> old = st;
    for (std::size_t d = 0; d < N; ++d) st[d] = old[perm[d]];
  });
  index_t outer_size = 1;
  for (std::size_t d = 0; d < kept; ++d) outer_size *= psh[d];
  if (outer_size == 0) return;
  // The last reduced dimension is the inner run (none when K == 0).
  c.finish(K ? N : 0);
  index_t run = K ? psh[N - 1] : 1;
  std::size_t seek_dims = K ? N - 1 : N;
  index_t idx[N ? N : 1] = {};
  for (index_t o = 0; o < outer_size; ++o) {
    auto acc = red.init();
    if (reduced > 0) {
      index_t base = 0;
      for (std::size_t d = kept; d < seek_dims; ++d) idx[d] = 0;
      for (;;) {
        c.seek(idx, seek_dims);
        red.run(acc, c, run, base);
        base += run;
        std::size_t d = seek_dims;
        bool done = true;
        while (d > kept) {
          --d;
          if (++idx[d] < psh[d]) { done = false; break; }
          idx[d] = 0;
        }
        if (done) break;
      }
    }
    out[o] = red.result(acc, reduced);
    for (std::size_t d = kept; d-- > 0;) {  // next output element
      if (++idx[d] < psh[d]) break;
      idx[d] = 0;
    }
  }
}

// Whether the fastest-varying (in memory) dimension of e's first operand is a kept one:
// then accumulating whole rows into the output (numpy's order for axis=0 of a C array)
// walks memory contiguously, where reducing each output element alone would stride.
template <class E, std::size_t K> bool kept_axis_is_innermost(const E& e, const std::array<std::size_t, K>& axes) {
  constexpr std::size_t N = E::rank;
  shape_t<N> sh = e.shape();
  auto c = e.cursor(sh);
  stride_list<N, E::leaves + 1> list;
  c.each_strides(list);
  if (list.count == 0) return false;
  const shape_t<N>& st = *list.items[0];
  std::size_t best = N;
  for (std::size_t d = 0; d < N; ++d)
    if (sh[d] > 1 && (best == N || std::llabs(st[d]) < std::llabs(st[best]))) best = d;
  return best != N && std::find(axes.begin(), axes.end(), best) == axes.end();
}

// out (kept dimensions, C order) = step-fold of e over `axes`, row by row: reduced
// dimensions outside, kept ones inside, xsimd batches when contiguous.
template <class Red, class E, std::size_t K, class R>
void accumulate_axes(const Red& red, const E& e, const std::array<std::size_t, K>& axes, R* out, index_t kept_size,
                     index_t reduced) {
  constexpr std::size_t N = E::rank;
  using step = typename Red::step;
  shape_t<N> sh = e.shape(), keep_shape = sh;
  for (std::size_t a : axes) keep_shape[a] = 1;
  std::fill_n(out, kept_size, Red::step_init());
  ndarray<R, N> acc(buffer_ref(), out, keep_shape, c_strides(keep_shape));
  std::array<std::size_t, N> perm{};
  std::size_t p = 0;
  for (std::size_t a : axes) perm[p++] = a;
  for (std::size_t d = 0; d < N; ++d)
    if (std::find(axes.begin(), axes.end(), d) == axes.end()) perm[p++] = d;
  auto c = e.cursor(sh);
  leaf_cursor<R, N> oc = acc.cursor(sh);
  shape_t<N> psh{};
  auto permute = [&](shape_t<N>& st) {
    shape_t<N> old = st;
    for (std::size_t d = 0; d < N; ++d) st[d] = old[perm[d]];
  };
  for (std::size_t d = 0; d < N; ++d) psh[d] = sh[perm[d]];
  permute(oc.st);
  c.each_strides(permute);
  stride_list<N, E::leaves + 1> list;
  list(oc.st);
  c.each_strides(list);
  loop_plan<N> pl = plan_loop(psh, list.items, list.count, static_cast<const shape_t<N>*>(nullptr), false);
  oc.finish(pl.r);
  c.finish(pl.r);
  auto seek = [&](const index_t* idx, std::size_t outer) { oc.seek(idx, outer); c.seek(idx, outer); };
  bool done = false;
  if constexpr (std::is_same_v<typename decltype(c)::value_type, R> && decltype(c)::simd_able && step::has_simd) {
    if (oc.inner == 1 && c.simd_ok()) {
      hook_loop(loop_kind::simd);
      using batch = xsimd::batch<R>;
      constexpr index_t w = static_cast<index_t>(batch::size);
      run_loop(pl, seek, [&](index_t n) {
        index_t k = 0;
        for (; k + w <= n; k += w) oc.store(k, step::simd(oc.load(k), c.load(k)));
        for (; k < n; ++k) oc.p[k] = step::template apply<R>(oc.p[k], c.get(k));
      });
      done = true;
    }
  }
  if (!done)
    run_loop(pl, seek, [&](index_t n) {
      for (index_t k = 0; k < n; ++k) oc.ref(k) = step::template apply<R>(oc.ref(k), convert<R>(c.get(k)));
    });
  for (index_t i = 0; i < kept_size; ++i) out[i] = red.finish(out[i], reduced);
}

template <std::size_t N, std::size_t K> std::array<std::size_t, K> normalize_axes(const std::array<index_t, K>& axes) {
  std::array<std::size_t, K> r{};
  for (std::size_t k = 0; k < K; ++k) {
    r[k] = normalize_axis(axes[k], N);
    for (std::size_t j = 0; j < k; ++j)
      if (r[j] == r[k]) raise(exception_kind::ValueError, "duplicate value in 'axis'");
  }
  return r;
}

template <class Red, class E, std::size_t K>
auto reduce_to_array(const Red& red, const E& e, const std::array<index_t, K>& axes_in, bool keep) {
  constexpr std::size_t N = E::rank;
  auto axes = normalize_axes<N>(axes_in);
  using R = typename Red::result_t;
  shape_t<N> full = e.shape();
  for (std::size_t a : axes) full[a] = 1;
  shape_t<N - K> part{};
  for (std::size_t d = 0, o = 0; d < N; ++d)
    if (std::find(axes.begin(), axes.end(), d) == axes.end()) part[o++] = full[d];
  ndarray<R, N - K> r(part);
  bool accumulated = false;
  if constexpr (requires { typename Red::step; }) {
    index_t reduced = 1;
    for (std::size_t a : axes) reduced *= e.shape()[a];
    if (K > 0 && reduced > 0 && r.size() > 0 && kept_axis_is_innermost(e, axes)) {
      accumulate_axes(red, e, axes, r.data(), r.size(), reduced);
      accumulated = true;
    }
  }
  if (!accumulated) reduce_axes(red, e, axes, r.data());
  if (!keep) return std::pair{r, ndarray<R, N>()};
  return std::pair{ndarray<R, N - K>(), ndarray<R, N>(r.holder(), r.data(), full, c_strides(full))};
}

}  // namespace detail

// One set of overloads per reduction: F(e), F(e, axis), F(e, axis, keepdims),
// F(e, axes), F(e, axes, keepdims), F(e, keepdims). `Dt` overrides the dtype (void: numpy's).
#define PYCXX_REDUCTION(Name, MakeReducer)                                                                 \
  template <class Dt = void, expression E> auto Name(const E& e) {                                         \
    using V [[maybe_unused]] = typename E::value_type;                                                     \
    return detail::reduce_all(MakeReducer, e);                                                             \
  }                                                                                                        \
  template <class Dt = void, expression E, std::size_t K>                                                  \
  auto Name(const E& e, const std::array<index_t, K>& axes) {                                              \
    using V [[maybe_unused]] = typename E::value_type;                                                     \
    return detail::reduce_to_array(MakeReducer, e, axes, false).first;                                    \
  }                                                                                                        \
  template <class Dt = void, expression E, std::size_t K>                                                  \
  auto Name(const E& e, const std::array<index_t, K>& axes, keepdims_t) {                                  \
    using V [[maybe_unused]] = typename E::value_type;                                                     \
    return detail::reduce_to_array(MakeReducer, e, axes, true).second;                                    \
  }                                                                                                        \
  template <class Dt = void, expression E> auto Name(const E& e, index_t axis) {                           \
    return pycxx::Name<Dt>(e, std::array<index_t, 1>{axis});                                                      \
  }                                                                                                        \
  template <class Dt = void, expression E> auto Name(const E& e, index_t axis, keepdims_t k) {             \
    return pycxx::Name<Dt>(e, std::array<index_t, 1>{axis}, k);                                                   \
  }                                                                                                        \
  template <class Dt = void, expression E> auto Name(const E& e, keepdims_t k) {                           \
    std::array<index_t, E::rank> every{};                                                                  \
    for (std::size_t d = 0; d < E::rank; ++d) every[d] = static_cast<index_t>(d);                          \
    return pycxx::Name<Dt>(e, every, k);                                                                          \
  }

template <class Dt, class Default> using dtype_or = std::conditional_t<std::is_void_v<Dt>, Default, Dt>;

PYCXX_REDUCTION(sum, (sum_reducer<dtype_or<Dt, sum_type_t<V>>>{}))
PYCXX_REDUCTION(prod, (prod_reducer<dtype_or<Dt, sum_type_t<V>>>{}))
PYCXX_REDUCTION(mean, (mean_reducer<dtype_or<Dt, mean_type_t<V>>>{}))
PYCXX_REDUCTION(max, (extreme_reducer<dtype_or<Dt, V>, true>{}))
PYCXX_REDUCTION(min, (extreme_reducer<dtype_or<Dt, V>, false>{}))
PYCXX_REDUCTION(argmax, (arg_reducer<V, true>{}))
PYCXX_REDUCTION(argmin, (arg_reducer<V, false>{}))
PYCXX_REDUCTION(any, (logical_reducer<false>{}))
PYCXX_REDUCTION(all, (logical_reducer<true>{}))
#undef PYCXX_REDUCTION

template <class Dt = void, expression E, class... Axis> auto amax(const E& e, Axis... a) { return pycxx::max<Dt>(e, a...); }
template <class Dt = void, expression E, class... Axis> auto amin(const E& e, Axis... a) { return pycxx::min<Dt>(e, a...); }

// var / stddev (numpy.std): the mean of |x - mean(x)|^2 over (n - ddof) elements, as numpy
// computes it: two fused passes; with an axis the means are one small array.
namespace detail {
template <class Dt, class E, class M, class... Axis> auto squared_deviation_sum(const E& e, const M& m, Axis... a) {
  auto d = e - m;
  using D = typename decltype(d)::value_type;
  if constexpr (is_complex_v<D>) return pycxx::sum<real_t<D>>(square(absolute(d)), a...);
  else return pycxx::sum<D>(square(d), a...);
}
template <std::size_t N> index_t reduced_count(const shape_t<N>& s, index_t axis) { return s[normalize_axis(axis, N)]; }
template <std::size_t N, std::size_t K> index_t reduced_count(const shape_t<N>& s, const std::array<index_t, K>& axes) {
  index_t n = 1;
  for (index_t a : axes) n *= s[normalize_axis(a, N)];
  return n;
}
template <class M> real_t<M> var_denominator(index_t n, double ddof) {
  return static_cast<real_t<M>>(std::max(static_cast<double>(n) - ddof, 0.0));
}
}  // namespace detail

template <class Dt = void, expression E> auto var(const E& e, double ddof = 0.0) {
  using M = dtype_or<Dt, mean_type_t<typename E::value_type>>;
  M m = pycxx::mean<M>(e);
  return detail::squared_deviation_sum<Dt>(e, strong(m)) / detail::var_denominator<M>(size_of(e.shape()), ddof);
}
template <class Dt = void, expression E, class Axis>
  requires(!std::is_same_v<Axis, keepdims_t>)
auto var(const E& e, double ddof, const Axis& axis) {
  using M = dtype_or<Dt, mean_type_t<typename E::value_type>>;
  auto m = pycxx::mean<M>(e, axis, keepdims);
  auto s = detail::squared_deviation_sum<Dt>(e, m, axis);
  s /= detail::var_denominator<M>(detail::reduced_count(e.shape(), axis), ddof);
  return s;
}
template <class Dt = void, expression E, class Axis> auto var(const E& e, double ddof, const Axis& axis, keepdims_t) {
  using M = dtype_or<Dt, mean_type_t<typename E::value_type>>;
  auto m = pycxx::mean<M>(e, axis, keepdims);
  auto s = detail::squared_deviation_sum<Dt>(e, m, axis, keepdims);
  s /= detail::var_denominator<M>(detail::reduced_count(e.shape(), axis), ddof);
  return s;
}
template <class Dt = void, expression E> auto var(const E& e, double ddof, keepdims_t) {
  std::array<index_t, E::rank> every{};
  for (std::size_t d = 0; d < E::rank; ++d) every[d] = static_cast<index_t>(d);
  return pycxx::var<Dt>(e, ddof, every, keepdims);
}
template <class Dt = void, expression E, class... Axis> auto stddev(const E& e, double ddof = 0.0, const Axis&... a) {
  auto v = pycxx::var<Dt>(e, ddof, a...);
  if constexpr (expression<decltype(v)>) {
    assign(v, sqrt(v));
    return v;
  } else {
    return std::sqrt(v);
  }
}

}  // namespace pycxx
