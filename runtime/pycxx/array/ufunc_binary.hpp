// Binary ufuncs as functors: numpy's name, the compute and result types for two operand
// types (numpy 2 promotion plus each ufunc's rule), the scalar kernel and, where xsimd has
// one, the batch kernel. operators.hpp builds expression nodes from these; the table of
// which ufunc gets which C++ operator and named function is ufunc_binary.def.
#pragma once

#include <cmath>
#include <limits>
#include <type_traits>

#include <xsimd/xsimd.hpp>

#include "pycxx/array/dtype.hpp"

namespace pycxx::ufunc {

// Wrapping integer arithmetic (numpy integers wrap; C++ signed overflow is undefined).
template <class T> constexpr T wrap(auto v) { return static_cast<T>(v); }
template <class T> using uns_t = std::make_unsigned_t<T>;

template <class A, class B> using arith_t = promote_t<A, B>;
template <class A, class B> using int8_if_bool_t =
    std::conditional_t<is_bool_v<promote_t<A, B>>, std::int8_t, promote_t<A, B>>;
template <class A, class B> using inexact_t =
    std::conditional_t<is_inexact_v<promote_t<A, B>>, promote_t<A, B>, double>;
template <class A, class B> using real_inexact_t = float_of_t<promote_t<A, B>>;

struct same_result { template <class C> using result_t = C; };
struct bool_result { template <class C> using result_t = bool; };

#define PYCXX_UFUNC_HEAD(Name, Compute, Result, Simd) \
  static constexpr const char* name = Name;           \
  template <class A, class B> using compute_t = Compute<A, B>; \
  template <class C> using result_t = Result;         \
  static constexpr bool has_simd = Simd;

struct add {
  PYCXX_UFUNC_HEAD("add", arith_t, C, true)
  template <class C> static C apply(C a, C b) {
    if constexpr (is_bool_v<C>) return a || b;
    else if constexpr (std::is_signed_v<C> && std::is_integral_v<C>) return wrap<C>(uns_t<C>(a) + uns_t<C>(b));
    else return a + b;
  }
  template <class V> static V simd(const V& a, const V& b) { return a + b; }
};
struct subtract {
  PYCXX_UFUNC_HEAD("subtract", arith_t, C, true)
  template <class C> static C apply(C a, C b) {
    static_assert(!is_bool_v<C>, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                                 "the `^` operator, or the logical_xor function instead.");
    if constexpr (std::is_signed_v<C> && std::is_integral_v<C>) return wrap<C>(uns_t<C>(a) - uns_t<C>(b));
    else return a - b;
  }
  template <class V> static V simd(const V& a, const V& b) { return a - b; }
};
struct multiply {
  PYCXX_UFUNC_HEAD("multiply", arith_t, C, true)
  template <class C> static C apply(C a, C b) {
    if constexpr (is_bool_v<C>) return a && b;
    else if constexpr (std::is_signed_v<C> && std::is_integral_v<C>) return wrap<C>(uns_t<C>(a) * uns_t<C>(b));
    else if constexpr (is_complex_v<C>)  // numpy's formula (C++'s differs on inf/nan)
      return C(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    else return a * b;
  }
  template <class V> static V simd(const V& a, const V& b) { return a * b; }
};
struct true_divide {
  PYCXX_UFUNC_HEAD("divide", inexact_t, C, true)
  static constexpr bool python_int_exact = true;  // int array / any Python int: float64, no range check
  template <class C> static C apply(C a, C b) {
    if constexpr (is_complex_v<C>) return complex_divide(a, b);
    else return a / b;
  }
  // numpy's complex division (Smith's method, numpy's zero-divisor rule), bit for bit.
  template <class C> static C complex_divide(C a, C b) {
    using F = real_t<C>;
    F ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    F abs_r = std::fabs(br), abs_i = std::fabs(bi);
    if (abs_r >= abs_i) {
      if (abs_r == 0 && abs_i == 0) return C(ar / abs_r, ai / abs_r);
      F rat = bi / br, scl = F(1) / (br + bi * rat);
      return C((ar + ai * rat) * scl, (ai - ar * rat) * scl);
    }
    F rat = br / bi, scl = F(1) / (bi + br * rat);
    return C((ar * rat + ai) * scl, (ai * rat - ar) * scl);
  }
  template <class V> static V simd(const V& a, const V& b) { return a / b; }
};
// numpy's npy_divmod: floor division and a modulo with the divisor's sign.
template <class C> C float_divmod(C a, C b, C& mod) {
  mod = std::fmod(a, b);
  if (b == 0) return a / b;
  C div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) { mod += b; div -= 1; }
  } else {
    mod = std::copysign(C(0), b);
  }
  if (div != 0) {
    C fl = std::floor(div);
    if (div - fl > C(0.5)) fl += 1;
    return fl;
  }
  return std::copysign(C(0), a / b);
}
struct floor_divide {
  PYCXX_UFUNC_HEAD("floor_divide", int8_if_bool_t, C, false)
  template <class C> static C apply(C a, C b) {
    static_assert(!is_complex_v<C>, "floor_divide is not defined for complex numbers");
    if constexpr (std::is_floating_point_v<C>) { C m; return float_divmod(a, b, m); }
    else {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<C>) {
        if (b == -1) return wrap<C>(uns_t<C>(0) - uns_t<C>(a));
        C q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? C(q - 1) : q;
      } else return a / b;
    }
  }
  template <class V> static V simd(const V& a, const V&) { return a; }
};
struct remainder {
  PYCXX_UFUNC_HEAD("remainder", int8_if_bool_t, C, false)
  template <class C> static C apply(C a, C b) {
    static_assert(!is_complex_v<C>, "remainder is not defined for complex numbers");
    if constexpr (std::is_floating_point_v<C>) {
      if (b == 0) return std::fmod(a, b);
      C m; float_divmod(a, b, m); return m;
    } else {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<C>) {
        if (b == -1) return 0;
        C r = a % b;
        return (r != 0 && ((r < 0) != (b < 0))) ? C(r + b) : r;
      } else return a % b;
    }
  }
  template <class V> static V simd(const V& a, const V&) { return a; }
};
// xsimd 8's pow, hypot and atan2 do not follow the C library at the edges (pow(1, nan),
// pow(-1, inf), hypot(inf, nan), hypot overflowing for 1e300, atan2 of infinities and zeros):
// a batch with any such lane is recomputed lane by lane with `scalar`, so the SIMD loop
// answers as the scalar loop and numpy do. Ordinary batches stay on the SIMD path.
template <class V, class M, class F> V scalar_if_any(const V& r, const M& edge, const V& a, const V& b, F scalar) {
  if (!xsimd::any(edge)) return r;
  using T = typename V::value_type;
  alignas(64) T av[V::size], bv[V::size];
  a.store_aligned(av);
  b.store_aligned(bv);
  for (std::size_t i = 0; i < V::size; ++i) av[i] = scalar(av[i], bv[i]);
  return V::load_aligned(av);
}

struct power {
  PYCXX_UFUNC_HEAD("power", int8_if_bool_t, C, true)
  template <class C> static C apply(C a, C b) {
    if constexpr (std::is_integral_v<C>) {
      if constexpr (std::is_signed_v<C>)
        if (b < 0) raise(exception_kind::ValueError, "Integers to negative integer powers are not allowed.");
      uns_t<C> r = 1, base = uns_t<C>(a);
      for (auto e = uns_t<C>(b); e; e >>= 1, base *= base)
        if (e & 1) r *= base;
      return wrap<C>(r);
    } else {
      if constexpr (std::is_floating_point_v<C>)
        if (b == C(2)) return a * a;  // numpy's fast path (np.square) for x ** 2
      return std::pow(a, b);
    }
  }
  template <class V> static V simd(const V& a, const V& b) {
    if (xsimd::all(b == V(2))) return a * a;  // a scalar exponent 2: one predictable branch per batch
    V r = xsimd::pow(a, b);
    auto edge = !xsimd::isfinite(a) | !xsimd::isfinite(b) | !xsimd::isfinite(r) | (a <= V(0)) | (a == V(1));
    return scalar_if_any(r, edge, a, b, [](auto x, auto y) { return std::pow(x, y); });
  }
};

// Complex numbers order as numpy's do: by real part, then imaginary part; a NaN part makes
// the real-part test false.
#define PYCXX_COMPARISON(Name, Op)                                           \
  struct Name {                                                              \
    PYCXX_UFUNC_HEAD(#Name, arith_t, bool, false)                            \
    static constexpr bool python_int_exact = true;                           \
    template <class C> static bool apply(C a, C b) { return a Op b; }        \
    template <class V> static V simd(const V& a, const V&) { return a; }     \
  };
#define PYCXX_ORDERING(Name, Op)                                             \
  struct Name {                                                              \
    PYCXX_UFUNC_HEAD(#Name, arith_t, bool, false)                            \
    static constexpr bool python_int_exact = true;                           \
    template <class C> static bool apply(C a, C b) {                         \
      if constexpr (is_complex_v<C>)                                         \
        return (a.real() Op b.real() && a.imag() == a.imag() && b.imag() == b.imag()) || \
               (a.real() == b.real() && a.imag() Op b.imag());               \
      else return a Op b;                                                    \
    }                                                                        \
    template <class V> static V simd(const V& a, const V&) { return a; }     \
  };
PYCXX_COMPARISON(equal, ==)
PYCXX_COMPARISON(not_equal, !=)
PYCXX_ORDERING(less, <)
PYCXX_ORDERING(less_equal, <=)
PYCXX_ORDERING(greater, >)
PYCXX_ORDERING(greater_equal, >=)
#undef PYCXX_ORDERING
#undef PYCXX_COMPARISON

template <class A, class B> using bool_t = bool;
#define PYCXX_LOGICAL(Name, Expr)                                                     \
  struct Name {                                                                       \
    PYCXX_UFUNC_HEAD(#Name, bool_t, bool, false)                                      \
    static bool apply(bool a, bool b) { return Expr; }                                \
    template <class V> static V simd(const V& a, const V&) { return a; }              \
  };
PYCXX_LOGICAL(logical_and, a && b)
PYCXX_LOGICAL(logical_or, a || b)
PYCXX_LOGICAL(logical_xor, a != b)
#undef PYCXX_LOGICAL

template <class A, class B> using integer_t = promote_t<A, B>;
#define PYCXX_BITWISE(Name, Op)                                                                  \
  struct Name {                                                                                  \
    PYCXX_UFUNC_HEAD(#Name, integer_t, C, false)                                                 \
    template <class C> static C apply(C a, C b) {                                                \
      static_assert(is_integral_v<C> || is_bool_v<C>, "ufunc '" #Name "' not supported for the input types"); \
      return static_cast<C>(a Op b);                                                             \
    }                                                                                            \
    template <class V> static V simd(const V& a, const V&) { return a; }                        \
  };
PYCXX_BITWISE(bitwise_and, &)
PYCXX_BITWISE(bitwise_or, |)
PYCXX_BITWISE(bitwise_xor, ^)
#undef PYCXX_BITWISE

struct left_shift {
  PYCXX_UFUNC_HEAD("left_shift", int8_if_bool_t, C, false)
  template <class C> static C apply(C a, C b) {
    static_assert(is_integral_v<C>, "ufunc 'left_shift' not supported for the input types");
    if (b < 0 || b >= C(sizeof(C) * 8)) return 0;
    return wrap<C>(uns_t<C>(a) << b);
  }
  template <class V> static V simd(const V& a, const V&) { return a; }
};
struct right_shift {
  PYCXX_UFUNC_HEAD("right_shift", int8_if_bool_t, C, false)
  template <class C> static C apply(C a, C b) {
    static_assert(is_integral_v<C>, "ufunc 'right_shift' not supported for the input types");
    if (b < 0 || b >= C(sizeof(C) * 8)) return a < 0 ? C(-1) : C(0);
    return static_cast<C>(a >> b);
  }
  template <class V> static V simd(const V& a, const V&) { return a; }
};

// maximum/minimum propagate NaN, as numpy does.
struct maximum {
  PYCXX_UFUNC_HEAD("maximum", arith_t, C, true)
  template <class C> static C apply(C a, C b) {
    if constexpr (std::is_floating_point_v<C>) {
      if (a != a) return a;
      if (b != b) return b;
    }
    if constexpr (is_complex_v<C>) return (a.real() > b.real() || (a.real() == b.real() && a.imag() >= b.imag())) ? a : b;
    else return a >= b ? a : b;
  }
  template <class V> static V simd(const V& a, const V& b) {
    return xsimd::select(xsimd::isnan(a), a, xsimd::select(xsimd::isnan(b), b, xsimd::max(a, b)));
  }
};
struct minimum {
  PYCXX_UFUNC_HEAD("minimum", arith_t, C, true)
  template <class C> static C apply(C a, C b) {
    if constexpr (std::is_floating_point_v<C>) {
      if (a != a) return a;
      if (b != b) return b;
    }
    if constexpr (is_complex_v<C>) return (a.real() < b.real() || (a.real() == b.real() && a.imag() <= b.imag())) ? a : b;
    else return a <= b ? a : b;
  }
  template <class V> static V simd(const V& a, const V& b) {
    return xsimd::select(xsimd::isnan(a), a, xsimd::select(xsimd::isnan(b), b, xsimd::min(a, b)));
  }
};
struct arctan2 {
  PYCXX_UFUNC_HEAD("arctan2", real_inexact_t, C, true)
  template <class C> static C apply(C a, C b) { return std::atan2(a, b); }
  template <class V> static V simd(const V& a, const V& b) {
    auto edge = !xsimd::isfinite(a) | !xsimd::isfinite(b) | (a == V(0)) | (b == V(0));
    return scalar_if_any(xsimd::atan2(a, b), edge, a, b, [](auto x, auto y) { return std::atan2(x, y); });
  }
};
struct hypot {
  PYCXX_UFUNC_HEAD("hypot", real_inexact_t, C, true)
  template <class C> static C apply(C a, C b) { return std::hypot(a, b); }
  template <class V> static V simd(const V& a, const V& b) {
    using T = typename V::value_type;
    V r = xsimd::hypot(a, b);
    // Outside [sqrt(min), sqrt(max)] the squares under xsimd's root overflow or underflow.
    const V big(std::sqrt(std::numeric_limits<T>::max()) / 4), small(std::sqrt(std::numeric_limits<T>::min()) * 4);
    auto edge = !xsimd::isfinite(a) | !xsimd::isfinite(b) | !(r < big) | (r < small);
    return scalar_if_any(r, edge, a, b, [](auto x, auto y) { return std::hypot(x, y); });
  }
};

}  // namespace pycxx::ufunc
