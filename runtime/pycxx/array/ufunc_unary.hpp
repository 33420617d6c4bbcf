// Unary ufuncs as functors (see ufunc_binary.hpp for the shape of a functor): the math
// table ufunc_math.def, plus the type-preserving ones (negative, absolute, square, sign,
// floor, ceil, trunc, rint, invert) and the predicates (isnan, isinf, isfinite, logical_not),
// listed with their operators in ufunc_unary.def.
#pragma once

#include <cmath>
#include <complex>
#include <limits>

#include "pycxx/array/ufunc_binary.hpp"

namespace pycxx::ufunc {

#define PYCXX_UNARY_HEAD(Name, Compute, Result, Simd) \
  static constexpr const char* name = Name;           \
  template <class A> using compute_t = Compute;       \
  template <class C> using result_t = Result;         \
  static constexpr bool has_simd = Simd;


#define PYCXX_UNARY_MATH(Name, Std, Simd)                                  \
  struct Name {                                                            \
    PYCXX_UNARY_HEAD(#Name, float_of_t<A>, C, true)                        \
    template <class C> static C apply(C a) {                               \
      if constexpr (is_complex_v<C>) {                                     \
        return complex_##Name(a);                                          \
      } else return Std(a);                                                \
    }                                                                      \
    template <class V> static V simd(const V& a) { return Simd(a); }       \
  };
// Complex forms: std:: has most; exp2, expm1, log1p and log2 as numpy's npymath writes them.
template <class T> std::complex<T> complex_exp(std::complex<T> z) { return std::exp(z); }
template <class T> std::complex<T> complex_log(std::complex<T> z) { return std::log(z); }
template <class T> std::complex<T> complex_log10(std::complex<T> z) { return std::log10(z); }
template <class T> std::complex<T> complex_sqrt(std::complex<T> z) { return std::sqrt(z); }
template <class T> std::complex<T> complex_sin(std::complex<T> z) { return std::sin(z); }
template <class T> std::complex<T> complex_cos(std::complex<T> z) { return std::cos(z); }
template <class T> std::complex<T> complex_tan(std::complex<T> z) { return std::tan(z); }
template <class T> std::complex<T> complex_arcsin(std::complex<T> z) { return std::asin(z); }
template <class T> std::complex<T> complex_arccos(std::complex<T> z) { return std::acos(z); }
template <class T> std::complex<T> complex_arctan(std::complex<T> z) { return std::atan(z); }
template <class T> std::complex<T> complex_sinh(std::complex<T> z) { return std::sinh(z); }
template <class T> std::complex<T> complex_cosh(std::complex<T> z) { return std::cosh(z); }
template <class T> std::complex<T> complex_tanh(std::complex<T> z) { return std::tanh(z); }
template <class T> std::complex<T> complex_arcsinh(std::complex<T> z) { return std::asinh(z); }
template <class T> std::complex<T> complex_arccosh(std::complex<T> z) { return std::acosh(z); }
template <class T> std::complex<T> complex_arctanh(std::complex<T> z) { return std::atanh(z); }
template <class T> std::complex<T> complex_exp2(std::complex<T> z) {
  const T ln2 = T(0.693147180559945309417232121458176568L);
  return std::exp(std::complex<T>(z.real() * ln2, z.imag() * ln2));
}
template <class T> std::complex<T> complex_expm1(std::complex<T> z) {
  T half_sin = std::sin(z.imag() / 2);
  return {std::expm1(z.real()) * std::cos(z.imag()) - 2 * half_sin * half_sin, std::exp(z.real()) * std::sin(z.imag())};
}
template <class T> std::complex<T> complex_log1p(std::complex<T> z) {
  T re = z.real() + 1;
  return {std::log(std::hypot(re, z.imag())), std::atan2(z.imag(), re)};
}
template <class T> std::complex<T> complex_log2(std::complex<T> z) {
  const T log2e = T(1.442695040888963407359924681001892137L);
  std::complex<T> l = std::log(z);
  return {l.real() * log2e, l.imag() * log2e};
}
// xsimd 8's acosh gives inf for huge negative x, where acosh (and numpy) give nan below 1.
template <class V> V simd_acosh(const V& a) {
  return xsimd::select(a < V(1), V(std::numeric_limits<typename V::value_type>::quiet_NaN()), xsimd::acosh(a));
}
// xsimd 8's cbrt is far off for subnormal x (-1e-310): such batches go through std::cbrt.
template <class V> V simd_cbrt(const V& a) {
  using T = typename V::value_type;
  auto subnormal = (xsimd::abs(a) < V(std::numeric_limits<T>::min())) & (a != V(0));
  if (!xsimd::any(subnormal)) return xsimd::cbrt(a);
  alignas(64) T v[V::size];
  a.store_aligned(v);
  for (std::size_t i = 0; i < V::size; ++i) v[i] = std::cbrt(v[i]);
  return V::load_aligned(v);
}
#include "pycxx/array/ufunc_math.def"

template <class A> using self_t = A;
template <class A> using nonbool_t = std::conditional_t<is_bool_v<A>, std::int8_t, A>;  // bool ** 2 is int8

struct negative {
  PYCXX_UNARY_HEAD("negative", self_t<A>, C, true)
  template <class C> static C apply(C a) {
    static_assert(!is_bool_v<C>, "The numpy boolean negative, the `-` operator, is not supported, use the `~` "
                                 "operator or the logical_not function instead.");
    if constexpr (std::is_integral_v<C>) return wrap<C>(uns_t<C>(0) - uns_t<C>(a));
    else return -a;
  }
  template <class V> static V simd(const V& a) { return -a; }
};
struct positive {
  PYCXX_UNARY_HEAD("positive", self_t<A>, C, true)
  template <class C> static C apply(C a) {
    static_assert(!is_bool_v<C>, "ufunc 'positive' did not contain a loop with signature matching types");
    return a;
  }
  template <class V> static V simd(const V& a) { return a; }
};
struct absolute {
  PYCXX_UNARY_HEAD("absolute", self_t<A>, real_t<C>, true)
  template <class C> static real_t<C> apply(C a) {
    if constexpr (is_complex_v<C>) return std::hypot(a.real(), a.imag());
    else if constexpr (is_bool_v<C> || std::is_unsigned_v<C>) return a;
    else if constexpr (std::is_integral_v<C>) return a < 0 ? wrap<C>(uns_t<C>(0) - uns_t<C>(a)) : a;
    else return std::fabs(a);
  }
  template <class V> static V simd(const V& a) { return xsimd::abs(a); }
};
struct square {
  PYCXX_UNARY_HEAD("square", nonbool_t<A>, C, true)
  template <class C> static C apply(C a) { return multiply::apply<C>(a, a); }
  template <class V> static V simd(const V& a) { return a * a; }
};
struct sign {
  PYCXX_UNARY_HEAD("sign", nonbool_t<A>, C, false)
  template <class C> static C apply(C a) {
    static_assert(!is_bool_v<C>, "ufunc 'sign' did not contain a loop with signature matching types");
    if constexpr (is_complex_v<C>) {  // numpy 2: z / |z|, with infinite parts as numpy's npy_csign
      using R = real_t<C>;
      if (std::isnan(a.real()) || std::isnan(a.imag())) return C(std::numeric_limits<R>::quiet_NaN(), std::numeric_limits<R>::quiet_NaN());
      if (std::isinf(a.real()) || std::isinf(a.imag())) {
        if (std::isinf(a.real()) && std::isinf(a.imag())) return C(std::numeric_limits<R>::quiet_NaN(), std::numeric_limits<R>::quiet_NaN());
        return std::isinf(a.real()) ? C(std::copysign(R(1), a.real()), R(0)) : C(R(0), std::copysign(R(1), a.imag()));
      }
      return a == C{} ? C{} : a / C(std::abs(a));
    }
    else if constexpr (std::is_floating_point_v<C>) return a != a ? a : C((a > 0) - (a < 0));
    else return C((a > 0) - (a < C(0)));
  }
  template <class V> static V simd(const V& a) { return a; }
};
// floor/ceil/trunc/rint keep integer types (numpy 2) and round floats.
#define PYCXX_ROUNDING(Name, Std, Simd)                                      \
  struct Name {                                                              \
    PYCXX_UNARY_HEAD(#Name, self_t<A>, C, true)                              \
    template <class C> static C apply(C a) {                                 \
      static_assert(!is_complex_v<C>, "ufunc '" #Name "' not supported for complex"); \
      if constexpr (std::is_floating_point_v<C>) return Std(a);              \
      else return a;                                                         \
    }                                                                        \
    template <class V> static V simd(const V& a) { return Simd(a); }         \
  };
PYCXX_ROUNDING(floor, std::floor, xsimd::floor)
PYCXX_ROUNDING(ceil, std::ceil, xsimd::ceil)
PYCXX_ROUNDING(trunc, std::trunc, xsimd::trunc)
#undef PYCXX_ROUNDING
// rint, unlike floor/ceil/trunc, gives floats for integer input (numpy 2).
struct rint {
  PYCXX_UNARY_HEAD("rint", float_of_t<A>, C, true)
  template <class C> static C apply(C a) {
    if constexpr (is_complex_v<C>) return C(std::nearbyint(a.real()), std::nearbyint(a.imag()));
    else return std::nearbyint(a);
  }
  template <class V> static V simd(const V& a) { return xsimd::nearbyint(a); }
};

#define PYCXX_PREDICATE(Name, FloatExpr, IntValue)                          \
  struct Name {                                                             \
    PYCXX_UNARY_HEAD(#Name, self_t<A>, bool, false)                         \
    template <class C> static bool apply(C a) {                             \
      if constexpr (is_complex_v<C>) return apply(a.real()) || apply(a.imag()); \
      else if constexpr (std::is_floating_point_v<C>) return FloatExpr;     \
      else return IntValue;                                                 \
    }                                                                       \
    template <class V> static V simd(const V& a) { return a; }              \
  };
PYCXX_PREDICATE(isnan, std::isnan(a), false)
PYCXX_PREDICATE(isinf, std::isinf(a), false)
#undef PYCXX_PREDICATE
struct isfinite {
  PYCXX_UNARY_HEAD("isfinite", self_t<A>, bool, false)
  template <class C> static bool apply(C a) {
    if constexpr (is_complex_v<C>) return std::isfinite(a.real()) && std::isfinite(a.imag());
    else if constexpr (std::is_floating_point_v<C>) return std::isfinite(a);
    else return true;
  }
  template <class V> static V simd(const V& a) { return a; }
};
struct logical_not {
  PYCXX_UNARY_HEAD("logical_not", bool, bool, false)
  static bool apply(bool a) { return !a; }
  template <class V> static V simd(const V& a) { return a; }
};
struct invert {
  PYCXX_UNARY_HEAD("invert", self_t<A>, C, false)
  template <class C> static C apply(C a) {
    static_assert(is_integral_v<C> || is_bool_v<C>, "ufunc 'invert' not supported for the input types");
    if constexpr (is_bool_v<C>) return !a;
    else return static_cast<C>(~a);
  }
  template <class V> static V simd(const V& a) { return a; }
};

}  // namespace pycxx::ufunc
