// What numpy.concatenate, stack, vstack, hstack and column_stack share: the arrays of a `seq`
// argument (a std::tuple of ndarrays of any dtypes and ranks, or a pycxx::list of one ndarray
// type), lifted as each function lifts them (vstack: (n,) -> (1, n)), checked in numpy's order
// with numpy's messages, and copied into one new C-order array of the promoted dtype.
// The shims: numpy/concatenate.hpp, stack.hpp, vstack.hpp, hstack.hpp, column_stack.hpp.
#pragma once

#include <algorithm>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "pycxx/array.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/errors.hpp"

namespace pycxx::shims::numpy::detail {

// How an item becomes an array of the joined rank before concatenation.
enum class lift {
  keep,    // concatenate, hstack: as it is
  row,     // vstack (atleast_2d): (n,) -> (1, n)
  column,  // column_stack: (n,) -> (n, 1)
  insert,  // stack: a new axis of length 1 at `axis`
};

template <lift How> constexpr std::size_t lifted_rank(std::size_t rank) {
  if constexpr (How == lift::keep) return rank;
  else if constexpr (How == lift::insert) return rank + 1;
  else return std::max<std::size_t>(rank, 2);
}

template <class T, class... U> struct promote_all { using type = T; };
template <class T, class U, class... V> struct promote_all<T, U, V...> : promote_all<pycxx::promote_t<T, U>, V...> {};

// The dtype (numpy's promotion over the items, as sema's Same rule) and the highest rank.
template <class Seq> struct seq_traits;
template <class T, std::size_t N> struct seq_traits<pycxx::list<pycxx::ndarray<T, N>>> {
  using value_type = T;
  static constexpr std::size_t rank = N;
};
template <class... T, std::size_t... N> struct seq_traits<std::tuple<pycxx::ndarray<T, N>...>> {
  static_assert(sizeof...(T) > 0, "an empty tuple has no dtype: sema refuses it");
  using value_type = typename promote_all<T...>::type;
  static constexpr std::size_t rank = std::max({N...});
};

// f(index, item) for each array of seq, in order.
template <class T, std::size_t N, class F> void for_each_item(const pycxx::list<pycxx::ndarray<T, N>>& seq, F&& f) {
  std::size_t i = 0;
  for (const pycxx::ndarray<T, N>& item : seq) f(i++, item);
}
template <class... A, class F> void for_each_item(const std::tuple<A...>& seq, F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) { (f(I, std::get<I>(seq)), ...); }(std::index_sequence_for<A...>{});
}

// The item as an array of rank M (a view: unit axes get stride 0). Only called when the
// lifted rank is M; other items raised numpy's "same number of dimensions" error first.
template <lift How, std::size_t M, class T, std::size_t K>
pycxx::ndarray<T, M> lifted_view(const pycxx::ndarray<T, K>& a, std::size_t axis) {
  static_assert(lifted_rank<How>(K) == M);
  pycxx::shape_t<M> shape{}, strides{};
  if constexpr (How == lift::insert) {
    for (std::size_t d = 0, k = 0; d < M; ++d) {
      bool unit = d == axis;
      shape[d] = unit ? 1 : a.shape()[k];
      strides[d] = unit ? 0 : a.strides()[k];
      k += unit ? 0 : 1;
    }
  } else if constexpr (How == lift::keep || K >= 2) {
    shape = a.shape();
    strides = a.strides();
  } else if constexpr (How == lift::row) {
    shape = {1, a.shape()[0]};
    strides = {0, a.strides()[0]};
  } else {
    shape = {a.shape()[0], 1};
    strides = {a.strides()[0], 0};
  }
  return pycxx::ndarray<T, M>(a.holder(), a.data(), shape, strides);
}

[[noreturn]] inline void raise_nothing_to(const char* what) {
  pycxx::raise(pycxx::exception_kind::ValueError, std::string("need at least one array to ") + what);
}

// numpy.concatenate's checks and copy, after the items are lifted. `axis_of(rank)` gives the
// axis for the first item's (lifted) rank, checking it against that rank as numpy does
// (hstack: 0 for 1-d arrays, else 1). `insert_at`: stack's new axis.
template <class R, lift How, class Seq, class AxisOf>
auto join(const Seq& seq, AxisOf axis_of, std::size_t insert_at = 0) {
  constexpr std::size_t M = lifted_rank<How>(seq_traits<Seq>::rank);
  std::vector<std::size_t> ranks;
  std::vector<pycxx::shape_t<M>> shapes;
  for_each_item(seq, [&](std::size_t, const auto& item) {
    constexpr std::size_t K = std::remove_cvref_t<decltype(item)>::rank;
    ranks.push_back(lifted_rank<How>(K));
    if constexpr (lifted_rank<How>(K) == M) shapes.push_back(lifted_view<How, M>(item, insert_at).shape());
    else shapes.push_back({});
  });
  if (ranks.empty()) raise_nothing_to("concatenate");
  const std::size_t axis = axis_of(ranks[0]);
  for (std::size_t i = 1; i < ranks.size(); ++i) {
    if (ranks[i] != ranks[0])
      pycxx::raise(pycxx::exception_kind::ValueError,
                   "all the input arrays must have same number of dimensions, but the array at index 0 has " +
                       std::to_string(ranks[0]) + " dimension(s) and the array at index " + std::to_string(i) +
                       " has " + std::to_string(ranks[i]) + " dimension(s)");
    for (std::size_t d = 0; d < M; ++d)
      if (d != axis && shapes[i][d] != shapes[0][d])
        pycxx::raise(pycxx::exception_kind::ValueError,
                     "all the input array dimensions except for the concatenation axis must match exactly, but "
                     "along dimension " + std::to_string(d) + ", the array at index 0 has size " +
                         std::to_string(shapes[0][d]) + " and the array at index " + std::to_string(i) + " has size " +
                         std::to_string(shapes[i][d]));
  }
  pycxx::shape_t<M> shape = shapes[0];
  shape[axis] = 0;
  for (const pycxx::shape_t<M>& s : shapes) shape[axis] += s[axis];
  pycxx::ndarray<R, M> result(shape);
  pycxx::index_t offset = 0;
  for_each_item(seq, [&](std::size_t, const auto& item) {
    constexpr std::size_t K = std::remove_cvref_t<decltype(item)>::rank;
    if constexpr (lifted_rank<How>(K) == M) {  // (all items are, once the checks passed)
      auto part = lifted_view<How, M>(item, insert_at);
      pycxx::ndarray<R, M> slab(result.holder(), result.data() + offset * result.strides()[axis], part.shape(),
                                result.strides());
      pycxx::assign_fresh(slab, part);
      offset += part.shape()[axis];
    }
  });
  return result;
}

// numpy.concatenate(seq, axis=None): every item flattened in C order, one after the other.
template <class R, class Seq> pycxx::ndarray<R, 1> join_flat(const Seq& seq) {
  pycxx::index_t total = 0;
  std::size_t count = 0;
  for_each_item(seq, [&](std::size_t, const auto& item) {
    total += item.size();
    ++count;
  });
  if (count == 0) raise_nothing_to("concatenate");
  pycxx::ndarray<R, 1> result(pycxx::shape_t<1>{total});
  pycxx::index_t offset = 0;
  for_each_item(seq, [&](std::size_t, const auto& item) {
    constexpr std::size_t K = std::remove_cvref_t<decltype(item)>::rank;
    pycxx::ndarray<R, K> part(result.holder(), result.data() + offset, item.shape(), pycxx::c_strides(item.shape()));
    pycxx::assign_fresh(part, item);
    offset += item.size();
  });
  return result;
}

}  // namespace pycxx::shims::numpy::detail
