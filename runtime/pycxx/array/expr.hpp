// The lazy expression nodes: scalar_expr (a Python or numpy scalar), unary_expr,
// binary_expr and where_expr. A node holds its operands (by reference for named arrays and
// nodes, by value for temporaries: closure_t), broadcasts their shapes when built (so
// errors appear where numpy raises them) and makes a cursor tree (cursor.hpp) for a loop.
// The operations themselves are functors in ufunc_binary.hpp and ufunc_unary.hpp; operators.hpp builds nodes.
#pragma once

#include <type_traits>
#include <utility>

#include "pycxx/array/ndarray.hpp"

namespace pycxx {

template <class E> using closure_t =
    std::conditional_t<std::is_lvalue_reference_v<E>, const std::remove_reference_t<E>&, std::remove_cvref_t<E>>;

template <class T> class scalar_expr : public expression_tag {
 public:
  using value_type = T;
  static constexpr std::size_t rank = 0;
  static constexpr std::size_t leaves = 0;
  static constexpr bool simd_able = is_simd_type_v<T>;
  explicit scalar_expr(T v) : v_(v) {}
  shape_t<0> shape() const { return {}; }
  template <std::size_t M> scalar_cursor<T> cursor(const shape_t<M>&) const { return {v_}; }
  template <std::size_t M, class F> void each_leaf(const shape_t<M>&, F&&) const {}
  T value() const { return v_; }

 private:
  T v_;
};

// A numpy scalar (np.float32(2)): strong in promotion, unlike a bare C++ scalar.
template <class T> scalar_expr<T> strong(T v) { return scalar_expr<T>(v); }

template <class C, class V> auto cast_batch(const V& b) {
  if constexpr (std::is_same_v<typename V::value_type, C>) return b;
  else return xsimd::batch_cast<C>(b);
}

template <class Op, class CA> struct unary_cursor {
  using C = typename Op::template compute_t<typename CA::value_type>;
  using value_type = typename Op::template result_t<C>;
  static constexpr bool simd_able = CA::simd_able && Op::has_simd && is_simd_type_v<C> &&
                                    std::is_same_v<C, typename CA::value_type> && std::is_same_v<value_type, C>;
  CA a;
  template <class F> void each_strides(F&& f) { a.each_strides(f); }
  void finish(std::size_t r) { a.finish(r); }
  void seek(const index_t* idx, std::size_t outer) { a.seek(idx, outer); }
  value_type get(index_t k) const { return Op::apply(convert<C>(a.get(k))); }
  auto load(index_t k) const { return Op::simd(a.load(k)); }
  bool simd_ok() const { return a.simd_ok(); }
};

template <class Op, class A> class unary_expr : public expression_tag {
  using AT = std::remove_cvref_t<A>;

 public:
  using compute_type = typename Op::template compute_t<typename AT::value_type>;
  using value_type = typename Op::template result_t<compute_type>;
  static constexpr std::size_t rank = AT::rank;
  static constexpr std::size_t leaves = AT::leaves;
  static constexpr bool simd_able = AT::simd_able && Op::has_simd && is_simd_type_v<compute_type> &&
                                    std::is_same_v<compute_type, typename AT::value_type> &&
                                    std::is_same_v<value_type, compute_type>;
  template <class X> explicit unary_expr(X&& a) : a_(std::forward<X>(a)) {}
  shape_t<rank> shape() const { return a_.shape(); }
  template <std::size_t M> auto cursor(const shape_t<M>& t) const {
    return unary_cursor<Op, decltype(a_.cursor(t))>{a_.cursor(t)};
  }
  template <std::size_t M, class F> void each_leaf(const shape_t<M>& t, F&& f) const { a_.each_leaf(t, f); }

 private:
  A a_;
};

template <class Op, class CL, class CR> struct binary_cursor {
  using C = typename Op::template compute_t<typename CL::value_type, typename CR::value_type>;
  using value_type = typename Op::template result_t<C>;
  static constexpr bool simd_able = CL::simd_able && CR::simd_able && Op::has_simd && is_simd_type_v<C> &&
                                    std::is_same_v<C, typename CL::value_type> &&
                                    std::is_same_v<C, typename CR::value_type> && std::is_same_v<value_type, C>;
  CL l;
  CR r;
  template <class F> void each_strides(F&& f) { l.each_strides(f); r.each_strides(f); }
  void finish(std::size_t n) { l.finish(n); r.finish(n); }
  void seek(const index_t* idx, std::size_t outer) { l.seek(idx, outer); r.seek(idx, outer); }
  value_type get(index_t k) const { return Op::apply(convert<C>(l.get(k)), convert<C>(r.get(k))); }
  auto load(index_t k) const { return Op::simd(l.load(k), r.load(k)); }
  bool simd_ok() const { return l.simd_ok() && r.simd_ok(); }
};

template <class Op, class L, class R> class binary_expr : public expression_tag {
  using LT = std::remove_cvref_t<L>;
  using RT = std::remove_cvref_t<R>;

 public:
  using compute_type = typename Op::template compute_t<typename LT::value_type, typename RT::value_type>;
  using value_type = typename Op::template result_t<compute_type>;
  static constexpr std::size_t rank = LT::rank > RT::rank ? LT::rank : RT::rank;
  static constexpr std::size_t leaves = LT::leaves + RT::leaves;
  static constexpr bool simd_able = LT::simd_able && RT::simd_able && Op::has_simd && is_simd_type_v<compute_type> &&
                                    std::is_same_v<compute_type, typename LT::value_type> &&
                                    std::is_same_v<compute_type, typename RT::value_type> &&
                                    std::is_same_v<value_type, compute_type>;
  template <class X, class Y>
  binary_expr(X&& l, Y&& r)
      : l_(std::forward<X>(l)), r_(std::forward<Y>(r)), shape_(broadcast_shapes<rank>(l_.shape(), r_.shape())) {}
  const shape_t<rank>& shape() const { return shape_; }
  template <std::size_t M> auto cursor(const shape_t<M>& t) const {
    return binary_cursor<Op, decltype(l_.cursor(t)), decltype(r_.cursor(t))>{l_.cursor(t), r_.cursor(t)};
  }
  template <std::size_t M, class F> void each_leaf(const shape_t<M>& t, F&& f) const {
    l_.each_leaf(t, f);
    r_.each_leaf(t, f);
  }

 private:
  L l_;
  R r_;
  shape_t<rank> shape_;
};

template <class T, class CC, class CA, class CB> struct where_cursor {
  using value_type = T;
  static constexpr bool simd_able = false;
  CC c;
  CA a;
  CB b;
  template <class F> void each_strides(F&& f) { c.each_strides(f); a.each_strides(f); b.each_strides(f); }
  void finish(std::size_t n) { c.finish(n); a.finish(n); b.finish(n); }
  void seek(const index_t* idx, std::size_t outer) { c.seek(idx, outer); a.seek(idx, outer); b.seek(idx, outer); }
  T get(index_t k) const { return convert<bool>(c.get(k)) ? convert<T>(a.get(k)) : convert<T>(b.get(k)); }
  bool simd_ok() const { return false; }
};

template <class Cond, class A, class B> class where_expr : public expression_tag {
  using CT = std::remove_cvref_t<Cond>;
  using AT = std::remove_cvref_t<A>;
  using BT = std::remove_cvref_t<B>;

 public:
  using value_type = promote_t<typename AT::value_type, typename BT::value_type>;
  static constexpr std::size_t rank = std::max({CT::rank, AT::rank, BT::rank});
  static constexpr std::size_t leaves = CT::leaves + AT::leaves + BT::leaves;
  static constexpr bool simd_able = false;
  template <class X, class Y, class Z>
  where_expr(X&& c, Y&& a, Z&& b) : c_(std::forward<X>(c)), a_(std::forward<Y>(a)), b_(std::forward<Z>(b)) {
    try {
      shape_ = broadcast_shapes<rank>(broadcast_shapes<rank>(c_.shape(), a_.shape()), b_.shape());
    } catch (const python_error&) {  // numpy names all three shapes
      raise(exception_kind::ValueError, "operands could not be broadcast together with shapes " +
                                            shape_repr(c_.shape()) + " " + shape_repr(a_.shape()) + " " +
                                            shape_repr(b_.shape()) + " ");
    }
  }
  const shape_t<rank>& shape() const { return shape_; }
  template <std::size_t M> auto cursor(const shape_t<M>& t) const {
    return where_cursor<value_type, decltype(c_.cursor(t)), decltype(a_.cursor(t)), decltype(b_.cursor(t))>{
        c_.cursor(t), a_.cursor(t), b_.cursor(t)};
  }
  template <std::size_t M, class F> void each_leaf(const shape_t<M>& t, F&& f) const {
    c_.each_leaf(t, f);
    a_.each_leaf(t, f);
    b_.each_leaf(t, f);
  }

 private:
  Cond c_;
  A a_;
  B b_;
  shape_t<rank> shape_;
};

}  // namespace pycxx
