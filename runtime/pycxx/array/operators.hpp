// Building expressions: the C++ operators and the named ufunc functions (pycxx::add,
// pycxx::sin, pycxx::where, ...) over arrays, expressions and scalars. A bare C++ scalar is a
// Python scalar, weak in promotion (NEP 50): it takes the array's type unless its kind is
// higher, and a Python int must fit an integer array's type (OverflowError otherwise).
// Wrap a numpy scalar with strong() to make it strong. Neighbours: expr.hpp, ufunc_*.hpp.
#pragma once

#include <complex>
#include <type_traits>

#include "pycxx/array/expr.hpp"
#include "pycxx/array/ufunc_unary.hpp"

namespace pycxx {

template <class S>
concept python_scalar = std::is_arithmetic_v<std::remove_cvref_t<S>> ||
                        std::is_same_v<std::remove_cvref_t<S>, std::complex<double>>;

// Python scalar -> scalar_expr of the type it takes against an array of type A.
template <class A, class S> auto weak_scalar(S v) {
  using P = std::conditional_t<std::is_same_v<S, bool>, bool,
            std::conditional_t<std::is_integral_v<S>, std::int64_t,
            std::conditional_t<std::is_floating_point_v<S>, double, S>>>;
  using T = weak_promote_t<A, P>;
  check_weak_int<A>(static_cast<P>(v));
  return scalar_expr<T>(convert<T>(static_cast<P>(v)));
}

// numpy 2 compares integer arrays with any Python int exactly and divides them in float64,
// so those ops take the Python int as int64 instead of checking it fits the array's type.
template <class Op, class A, class S> auto weak_operand(S v) {
  if constexpr (requires { Op::python_int_exact; } && std::is_integral_v<S> && !std::is_same_v<S, bool> &&
                is_integral_v<A>)
    return scalar_expr<std::int64_t>(static_cast<std::int64_t>(v));
  else
    return weak_scalar<A>(v);
}

template <class Op, class L, class R> auto make_binary(L&& l, R&& r) {
  if constexpr (expression<L> && expression<R>)
    return binary_expr<Op, closure_t<L>, closure_t<R>>(std::forward<L>(l), std::forward<R>(r));
  else if constexpr (expression<R>) {
    auto s = weak_operand<Op, typename std::remove_cvref_t<R>::value_type>(l);
    return binary_expr<Op, decltype(s), closure_t<R>>(s, std::forward<R>(r));
  } else {
    auto s = weak_operand<Op, typename std::remove_cvref_t<L>::value_type>(r);
    return binary_expr<Op, closure_t<L>, decltype(s)>(std::forward<L>(l), s);
  }
}
template <class Op, class A> auto make_unary(A&& a) { return unary_expr<Op, closure_t<A>>(std::forward<A>(a)); }

// An operand pair with at least one array or expression.
template <class L, class R>
concept array_operands = (expression<L> && (expression<R> || python_scalar<R>)) || (python_scalar<L> && expression<R>);

// One named function per row of ufunc_binary.def, plus the row's C++ operator if it has one.
#define PYCXX_BINARY_UFUNC(Name)                                                                     \
  template <class L, class R> requires array_operands<L, R> auto Name(L&& l, R&& r) {                \
    return make_binary<ufunc::Name>(std::forward<L>(l), std::forward<R>(r));                         \
  }
#define PYCXX_BINARY_UFUNC_OP(Name, Symbol)                                                          \
  PYCXX_BINARY_UFUNC(Name)                                                                           \
  template <class L, class R> requires array_operands<L, R> auto operator Symbol(L&& l, R&& r) {     \
    return make_binary<ufunc::Name>(std::forward<L>(l), std::forward<R>(r));                         \
  }
#include "pycxx/array/ufunc_binary.def"
template <class L, class R> requires array_operands<L, R> auto divide(L&& l, R&& r) {
  return true_divide(std::forward<L>(l), std::forward<R>(r));
}

// One function per unary ufunc (ufunc_math.def, ufunc_unary.def), plus prefix operators.
#define PYCXX_UNARY_UFUNC(Name) \
  template <expression A> auto Name(A&& a) { return make_unary<ufunc::Name>(std::forward<A>(a)); }
#define PYCXX_UNARY_UFUNC_OP(Name, Symbol) \
  PYCXX_UNARY_UFUNC(Name)                  \
  template <expression A> auto operator Symbol(A&& a) { return make_unary<ufunc::Name>(std::forward<A>(a)); }
#define PYCXX_UNARY_MATH(Name, Std, Simd) PYCXX_UNARY_UFUNC(Name)
#include "pycxx/array/ufunc_math.def"
#include "pycxx/array/ufunc_unary.def"
template <expression A> auto abs(A&& a) { return absolute(std::forward<A>(a)); }

// numpy.where(cond, x, y); x and y may be Python scalars (weak against the other operand).
template <class C, class A, class B> auto where(C&& c, A&& a, B&& b) {
  static_assert(expression<C>, "where's condition is an array expression");
  if constexpr (expression<A> && expression<B>)
    return where_expr<closure_t<C>, closure_t<A>, closure_t<B>>(std::forward<C>(c), std::forward<A>(a), std::forward<B>(b));
  else if constexpr (expression<A>) {
    auto s = weak_scalar<typename std::remove_cvref_t<A>::value_type>(b);
    return where_expr<closure_t<C>, closure_t<A>, decltype(s)>(std::forward<C>(c), std::forward<A>(a), s);
  } else if constexpr (expression<B>) {
    auto s = weak_scalar<typename std::remove_cvref_t<B>::value_type>(a);
    return where_expr<closure_t<C>, decltype(s), closure_t<B>>(std::forward<C>(c), s, std::forward<B>(b));
  } else {
    using T = std::conditional_t<std::is_floating_point_v<A> || std::is_floating_point_v<B>, double, std::int64_t>;
    return where_expr<closure_t<C>, scalar_expr<T>, scalar_expr<T>>(std::forward<C>(c), scalar_expr<T>(T(a)),
                                                                    scalar_expr<T>(T(b)));
  }
}

}  // namespace pycxx
