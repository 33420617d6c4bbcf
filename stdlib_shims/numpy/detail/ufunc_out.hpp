// The out= and where= arguments every numpy ufunc shim takes (numpy/add.hpp, sqrt.hpp, ...):
// without out= the ufunc is the runtime's lazy expression; with it, numpy's rules in numpy's
// order: the result dtype must cast to out's under 'same_kind' (TypeError), the inputs, out and
// where must broadcast together ("operands could not be broadcast together with shapes ...")
// to out's own shape ("non-broadcastable output operand ..."); then out is written (only where
// `where` is true) and returned, the same array.
#pragma once

#include <algorithm>
#include <string>
#include <type_traits>
#include <utility>

#include "pycxx/array.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx::shims::numpy::detail {

template <class X> std::string operand_shape(const X& x) {
  if constexpr (pycxx::expression<X>) return pycxx::shape_repr(x.shape());
  else return "()";
}

template <class X> constexpr std::size_t operand_rank() {
  if constexpr (pycxx::expression<X>) return std::remove_cvref_t<X>::rank;
  else return 0;
}

// Whether shape `s` broadcasts into the running shape `r` (rank M, right-aligned), widening r.
template <std::size_t M, class X> bool broadcast_into(pycxx::shape_t<M>& r, const X& x) {
  if constexpr (pycxx::expression<X>) {
    constexpr std::size_t N = std::remove_cvref_t<X>::rank;
    for (std::size_t i = 0; i < N; ++i) {
      pycxx::index_t d = x.shape()[N - 1 - i];
      pycxx::index_t& to = r[M - 1 - i];
      if (d == to || d == 1) continue;
      if (to != 1) return false;
      to = d;
    }
  }
  return true;
}

// `make(x...)` is the ufunc's expression; `name` its numpy name for the casting message.
template <class Out, class Where, class Make, class... X>
auto ufunc_call(const char* name, Out&& out, Where&& where, Make make, X&&... x) {
  using O = std::remove_cvref_t<Out>;
  using W = std::remove_cvref_t<Where>;
  if constexpr (std::is_same_v<O, pycxx::none_t>) {
    static_assert(std::is_same_v<W, pycxx::none_t>, "where= without out=: sema refuses it");
    return make(std::forward<X>(x)...);
  } else {
    using V = typename decltype(make(std::forward<X>(x)...))::value_type;
    using T = typename O::value_type;
    if constexpr (!pycxx::can_cast_same_kind_v<V, T>) {
      pycxx::raise(pycxx::exception_kind::TypeError,
                   std::string("Cannot cast ufunc '") + name + "' output from dtype('" + pycxx::dtype_traits<V>::name +
                       "') to dtype('" + pycxx::dtype_traits<T>::name + "') with casting rule 'same_kind'");
      return O(out);
    } else {
      constexpr std::size_t M = std::max({O::rank, operand_rank<W>(), operand_rank<X>()...});
      pycxx::shape_t<M> shape{};
      shape.fill(1);
      bool ok = (broadcast_into(shape, x) && ...);
      ok = ok && broadcast_into(shape, out) && broadcast_into(shape, where);
      if (!ok) {
        std::string shapes;
        ((shapes += operand_shape(x) + " "), ...);
        shapes += pycxx::shape_repr(out.shape()) + " ";
        if constexpr (!std::is_same_v<W, pycxx::none_t>) shapes += operand_shape(where) + " ";
        pycxx::raise(pycxx::exception_kind::ValueError, "operands could not be broadcast together with shapes " + shapes);
      }
      bool same = M == O::rank;
      for (std::size_t d = 0; same && d < M; ++d) same = shape[d] == out.shape()[d];
      if (!same)
        pycxx::raise(pycxx::exception_kind::ValueError, "non-broadcastable output operand with shape " +
                                                            pycxx::shape_repr(out.shape()) +
                                                            " doesn't match the broadcast shape " +
                                                            pycxx::shape_repr(shape));
      if constexpr (M == O::rank) {  // (else the shapes differ and the call raised above)
        if constexpr (std::is_same_v<W, pycxx::none_t>) {
          pycxx::assign(out, make(std::forward<X>(x)...));
        } else {
          // Keep out's old value where `where` is false (numpy leaves those elements alone).
          pycxx::assign(out, pycxx::where(std::forward<Where>(where), make(std::forward<X>(x)...), out));
        }
      }
      return O(out);
    }
  }
}

}  // namespace pycxx::shims::numpy::detail
