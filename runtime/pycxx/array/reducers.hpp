// The reduction kernels: one small struct per numpy reduction, each consuming inner runs
// of a cursor (cursor.hpp) into an accumulator. Summation is pairwise (numpy's algorithm:
// blocks of 128, 8 or more partial sums, halves recursively) and uses xsimd batches when the
// run is contiguous. reduce.hpp drives these over axes; scan.hpp has the accumulations.
#pragma once

#include <limits>
#include <string>

#include "pycxx/array/ufunc_binary.hpp"
#include "pycxx/array/cursor.hpp"
#include "pycxx/array/hooks.hpp"

namespace pycxx {

// numpy's leaf: up to 128 elements into 8 partial sums, combined as a tree.
template <class A, class Cur> A pairwise_leaf(const Cur& c, index_t lo, index_t n) {
  if (n < 8) {
    A s = A{};
    for (index_t k = 0; k < n; ++k) s += convert<A>(c.get(lo + k));
    return s;
  }
  A r[8];
  for (int j = 0; j < 8; ++j) r[j] = convert<A>(c.get(lo + j));
  index_t k = 8;
  for (; k + 8 <= n; k += 8)
    for (int j = 0; j < 8; ++j) r[j] += convert<A>(c.get(lo + k + j));
  A s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
  for (; k < n; ++k) s += convert<A>(c.get(lo + k));
  return s;
}

template <class A, class Cur> A pairwise_sum(const Cur& c, index_t lo, index_t n) {
  if constexpr (std::is_integral_v<A> && !std::is_same_v<A, bool>) {
    // Integers wrap as numpy's do: add in uint64 (modular, no signed-overflow UB), then
    // narrow. Exact in any order, so no pairwise tree; GCC 12 also miscompiled the int8
    // partial sums of pairwise_leaf at -O3 with AVX-512.
    std::uint64_t s = 0;
    for (index_t k = 0; k < n; ++k) s += static_cast<std::uint64_t>(convert<A>(c.get(lo + k)));
    return static_cast<A>(s);
  }
  if (n <= 128) {
    // Floating point only: xsimd 8.1's hadd of small-integer batches is wrong on AVX-512
    // (int8 sums came out wrong at -O3), and integer sums need no pairwise order anyway.
    if constexpr (std::is_same_v<typename Cur::value_type, A> && Cur::simd_able && std::is_floating_point_v<A>) {
      using batch = xsimd::batch<A>;
      constexpr index_t w = static_cast<index_t>(batch::size);
      if (n >= 2 * w && c.simd_ok()) {
        // 2 * w lanes of partial sums (>= 8, as numpy), then the rest as numpy's leaf.
        hook_loop(loop_kind::simd);
        batch s0 = c.load(lo), s1 = c.load(lo + w);
        index_t k = 2 * w;
        for (; k + 2 * w <= n; k += 2 * w) {
          s0 += c.load(lo + k);
          s1 += c.load(lo + k + w);
        }
        return xsimd::hadd(s0 + s1) + pairwise_leaf<A>(c, lo + k, n - k);
      }
    }
    return pairwise_leaf<A>(c, lo, n);
  }
  index_t half = n / 2;
  half -= half % 8;
  return pairwise_sum<A>(c, lo, half) + pairwise_sum<A>(c, lo + half, n - half);
}

// Reducers with `step` can also run as an accumulation into the output array (reduce.hpp
// uses that when the reduced axes are the outer ones in memory, e.g. sum(a, 0) of a C array).
template <class A> struct sum_reducer {
  using acc_t = A;
  using result_t = A;
  using step = ufunc::add;  // add on bool is logical or
  static A step_init() { return A{}; }
  static constexpr bool has_identity = true;
  static constexpr bool ordered = false;  // may visit elements in any order
  A init() const { return A{}; }
  template <class Cur> void run(A& acc, const Cur& c, index_t n, index_t) const {
    if constexpr (is_bool_v<A>) {
      for (index_t k = 0; k < n && !acc; ++k) acc = convert<bool>(c.get(k));
    } else {
      acc = ufunc::add::apply<A>(acc, pairwise_sum<A>(c, 0, n));
    }
  }
  A result(A acc, index_t) const { return acc; }
  A finish(A v, index_t) const { return v; }
};

template <class A> struct mean_reducer : sum_reducer<A> {
  A finish(A v, index_t count) const { return v / static_cast<real_t<A>>(count); }
  A result(A acc, index_t count) const { return acc / static_cast<real_t<A>>(count); }
};

template <class A> struct prod_reducer {
  using acc_t = A;
  using result_t = A;
  using step = ufunc::multiply;  // multiply on bool is logical and
  static A step_init() { return A{1}; }
  static constexpr bool has_identity = true;
  static constexpr bool ordered = false;
  A init() const { return A{1}; }
  template <class Cur> void run(A& acc, const Cur& c, index_t n, index_t) const {
    for (index_t k = 0; k < n; ++k) acc = ufunc::multiply::apply<A>(acc, convert<A>(c.get(k)));
  }
  A result(A acc, index_t) const { return acc; }
  A finish(A v, index_t) const { return v; }
};

// any / all: a logical sum / product that stops early.
template <bool All> struct logical_reducer {
  using acc_t = bool;
  using result_t = bool;
  static constexpr bool has_identity = true;
  static constexpr bool ordered = false;
  bool init() const { return All; }
  template <class Cur> void run(bool& acc, const Cur& c, index_t n, index_t) const {
    for (index_t k = 0; k < n && acc == All; ++k) acc = convert<bool>(c.get(k));
  }
  bool result(bool acc, index_t) const { return acc; }
};

template <class T> struct value_acc {
  T v{};
  bool has = false;
};
template <class T, bool Max> struct extreme_reducer {
  using acc_t = value_acc<T>;
  using result_t = T;
  static constexpr bool has_identity = false;
  static constexpr bool ordered = false;
  static constexpr const char* empty_message = Max ? "zero-size array to reduction operation maximum which has no identity"
                                                   : "zero-size array to reduction operation minimum which has no identity";
  using step = std::conditional_t<Max, ufunc::maximum, ufunc::minimum>;
  static T step_init() {
    if constexpr (std::is_floating_point_v<T>) return Max ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::infinity();
    else if constexpr (is_complex_v<T>) {
      constexpr real_t<T> inf = std::numeric_limits<real_t<T>>::infinity();
      return Max ? T(-inf, -inf) : T(inf, inf);
    } else return Max ? std::numeric_limits<T>::lowest() : std::numeric_limits<T>::max();
  }
  T finish(const T& v, index_t) const { return v; }
  acc_t init() const { return {}; }
  template <class Cur> void run(acc_t& acc, const Cur& c, index_t n, index_t) const {
    index_t k = 0;
    if (!acc.has && n > 0) {
      acc = {convert<T>(c.get(0)), true};
      k = 1;
    }
    if constexpr (std::is_same_v<typename Cur::value_type, T> && Cur::simd_able) {
      using batch = xsimd::batch<T>;
      constexpr index_t w = static_cast<index_t>(batch::size);
      if (n - k >= w && c.simd_ok()) {  // lane-wise NaN-propagating extremes, then across lanes
        hook_loop(loop_kind::simd);
        batch b = c.load(k);
        for (k += w; k + w <= n; k += w) b = step::simd(b, c.load(k));
        alignas(64) T lanes[w];
        b.store_aligned(lanes);
        for (index_t j = 0; j < w; ++j) acc.v = step::template apply<T>(acc.v, lanes[j]);
      }
    }
    for (; k < n; ++k) {
      T v = convert<T>(c.get(k));
      acc.v = Max ? ufunc::maximum::apply<T>(acc.v, v) : ufunc::minimum::apply<T>(acc.v, v);
    }
  }
  T result(const acc_t& acc, index_t) const { return acc.v; }
};

template <class T> struct index_acc {
  T v{};
  index_t i = 0;
  bool has = false;
};
// argmax/argmin: the first extreme in C order; the first NaN wins, as in numpy.
template <class T, bool Max> struct arg_reducer {
  using acc_t = index_acc<T>;
  using result_t = index_t;
  static constexpr bool has_identity = false;
  static constexpr bool ordered = true;  // indices count in C order
  static constexpr const char* empty_message = Max ? "attempt to get argmax of an empty sequence"
                                                   : "attempt to get argmin of an empty sequence";
  acc_t init() const { return {}; }
  static bool is_nan(const T& v) {
    if constexpr (is_complex_v<T>) return v != v;
    else if constexpr (std::is_floating_point_v<T>) return v != v;
    else return false;
  }
  static bool better(const T& v, const T& cur) {
    if (is_nan(cur)) return false;
    if (is_nan(v)) return true;
    if constexpr (is_complex_v<T>) {
      return Max ? (v.real() > cur.real() || (v.real() == cur.real() && v.imag() > cur.imag()))
                 : (v.real() < cur.real() || (v.real() == cur.real() && v.imag() < cur.imag()));
    } else {
      return Max ? v > cur : v < cur;
    }
  }
  template <class Cur> void run(acc_t& acc, const Cur& c, index_t n, index_t base) const {
    for (index_t k = 0; k < n; ++k) {
      T v = convert<T>(c.get(k));
      if (!acc.has || better(v, acc.v)) acc = {v, base + k, true};
    }
  }
  index_t result(const acc_t& acc, index_t) const { return acc.i; }
};

}  // namespace pycxx
