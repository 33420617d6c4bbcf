// Element types (dtype.def) and numpy 2's type promotion (NEP 50) as compile-time
// metafunctions: promote_t for two arrays (strong types), weak_promote_t for an array and a
// Python scalar (weak: float32 array * Python float stays float32), float_of_t for math
// functions. Neighbours: expr.hpp (nodes use these), ufunc_binary.hpp and ufunc_unary.hpp (per-operation type rules).
#pragma once

#include <complex>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "pycxx/errors.hpp"

namespace pycxx {

template <class T> struct dtype_traits;  // only the rows of dtype.def exist
#define PYCXX_DTYPE(Name, CType, Kind, Npy)                 \
  template <> struct dtype_traits<CType> {                  \
    static constexpr const char* name = #Name;              \
    static constexpr char kind = (#Kind)[0];                \
  };
#include "pycxx/array/dtype.def"

template <class T>
concept dtype = requires { dtype_traits<T>::kind; };

template <class T> inline constexpr char kind_of = dtype_traits<T>::kind;
template <class T> inline constexpr bool is_bool_v = kind_of<T> == 'b';
template <class T> inline constexpr bool is_integral_v = kind_of<T> == 'i' || kind_of<T> == 'u';
template <class T> inline constexpr bool is_float_v = kind_of<T> == 'f';
template <class T> inline constexpr bool is_complex_v = kind_of<T> == 'c';
template <class T> inline constexpr bool is_inexact_v = is_float_v<T> || is_complex_v<T>;
// Types whose contiguous loops take xsimd batches.
template <class T> inline constexpr bool is_simd_type_v = std::is_same_v<T, float> || std::is_same_v<T, double>;

namespace detail {
template <class T> struct real_of { using type = T; };
template <class T> struct real_of<std::complex<T>> { using type = T; };

template <std::size_t Bytes> struct sint_of;
template <> struct sint_of<1> { using type = std::int8_t; };
template <> struct sint_of<2> { using type = std::int16_t; };
template <> struct sint_of<4> { using type = std::int32_t; };
template <> struct sint_of<8> { using type = std::int64_t; };

// The float type that holds every value of integer type I as numpy chooses it
// (float16 for 8-bit types is replaced by float32, as pycxx has no float16).
template <class I> using float_for_int = std::conditional_t<(sizeof(I) <= 2), float, double>;

template <class A, class B> struct promote {
  static auto pick() {
    constexpr char ka = kind_of<A>, kb = kind_of<B>;
    if constexpr (std::is_same_v<A, B>) return A{};
    else if constexpr (ka == 'b') return B{};
    else if constexpr (kb == 'b') return A{};
    else if constexpr ((ka == 'i' && kb == 'i') || (ka == 'u' && kb == 'u'))
      return std::conditional_t<(sizeof(A) >= sizeof(B)), A, B>{};
    else if constexpr (ka == 'i' && kb == 'u') return promote<B, A>::pick();
    else if constexpr (ka == 'u' && kb == 'i') {
      if constexpr (sizeof(B) > sizeof(A)) return B{};
      else if constexpr (sizeof(A) == 8) return double{};
      else return typename sint_of<2 * sizeof(A)>::type{};
    } else if constexpr (ka == 'i' || ka == 'u') return promote<float_for_int<A>, B>::pick();
    else if constexpr (kb == 'i' || kb == 'u') return promote<A, float_for_int<B>>::pick();
    else {  // float and complex
      using ra = typename real_of<A>::type;
      using rb = typename real_of<B>::type;
      using r = std::conditional_t<(sizeof(ra) >= sizeof(rb)), ra, rb>;
      if constexpr (ka == 'c' || kb == 'c') return std::complex<r>{};
      else return r{};
    }
  }
  using type = decltype(pick());
};
}  // namespace detail

template <class T> using real_t = typename detail::real_of<T>::type;
template <class A, class B> using promote_t = typename detail::promote<A, B>::type;

// Result of an array of type A with a Python scalar of C++ type P (bool, int64, double,
// complex<double>): the array's type unless the scalar's kind is higher (NEP 50).
template <class A, class P> struct weak_promote {
  static auto pick() {
    if constexpr (std::is_same_v<P, bool>) return A{};
    else if constexpr (std::is_integral_v<P>) {
      if constexpr (is_bool_v<A>) return std::int64_t{};
      else return A{};
    } else if constexpr (std::is_floating_point_v<P>) {
      if constexpr (is_inexact_v<A>) return A{};
      else return double{};
    } else {  // complex
      if constexpr (is_complex_v<A>) return A{};
      else if constexpr (std::is_same_v<A, float>) return std::complex<float>{};
      else return std::complex<double>{};
    }
  }
  using type = decltype(pick());
};
template <class A, class P> using weak_promote_t = typename weak_promote<A, P>::type;

// The type numpy computes math functions (sin, sqrt, ...) in for an input of type T.
template <class T> using float_of_t =
    std::conditional_t<is_inexact_v<T>, T, detail::float_for_int<std::conditional_t<is_bool_v<T>, std::int8_t, T>>>;

// Accumulator numpy uses for sum/prod/cumsum of T: small integers widen to 64 bits.
template <class T> using sum_type_t =
    std::conditional_t<is_bool_v<T> || kind_of<T> == 'i', std::int64_t,
                       std::conditional_t<kind_of<T> == 'u', std::uint64_t, T>>;
// The type of mean/var of T: integers give float64.
template <class T> using mean_type_t = std::conditional_t<is_inexact_v<T>, T, double>;

// numpy's value conversion (assignment casting 'unsafe'): complex to real drops the
// imaginary part, anything to bool tests against zero (a complex: both parts).
template <class To, class From> constexpr To convert(const From& v) {
  if constexpr (std::is_same_v<To, From>) return v;
  else if constexpr (is_complex_v<From> && std::is_same_v<To, bool>) return v.real() != 0 || v.imag() != 0;
  else if constexpr (is_complex_v<From> && !is_complex_v<To>) return convert<To>(v.real());
  else if constexpr (is_complex_v<From> && is_complex_v<To>) return To(v);
  else if constexpr (std::is_same_v<To, bool>) return v != From{};
  else if constexpr (is_complex_v<To>) return To(static_cast<real_t<To>>(v));
  else return static_cast<To>(v);
}

// numpy's "same_kind" casting rule, used by in-place operators (a += b).
template <class From, class To> inline constexpr bool can_cast_same_kind_v = [] {
  constexpr const char order[] = "biufc";
  auto rank = [&](char k) { int i = 0; while (order[i] != k) ++i; return i; };
  int rf = rank(kind_of<From>), rt = rank(kind_of<To>);
  if (rf < rt) return true;
  if (rf > rt) return kind_of<From> == 'u' && kind_of<To> == 'i';  // uint -> int is same_kind
  return true;
}();

// NEP 50: a Python int mixed with an integer array must fit the array's type.
template <class A, class P> constexpr void check_weak_int(P value) {
  if constexpr (std::is_integral_v<P> && !std::is_same_v<P, bool> && is_integral_v<A>) {
    if (value < static_cast<P>(std::numeric_limits<A>::min()) ||
        (value > 0 && static_cast<std::uint64_t>(value) > std::numeric_limits<A>::max()))
      raise(exception_kind::OverflowError,
            "Python integer " + std::to_string(value) + " out of bounds for " + dtype_traits<A>::name);
  }
}

}  // namespace pycxx
