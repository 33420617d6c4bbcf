// The one implementation of heapq.nsmallest and heapq.nlargest (nsmallest.hpp, nlargest.hpp
// declare the shims): as CPython documents them, sorted(iterable, key=key, reverse=...)[:n],
// stable among equal items, the key called once per item; n <= 0 gives [].
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/list.hpp"

namespace pycxx::shims::heapq::detail {

// Key is std::nullptr_t for no key.
template <class Iterable, class Key>
auto first_n_sorted(std::int64_t n, const Iterable& iterable, const Key& key, bool reverse) {
  auto out = pycxx::list<pycxx::item_t<Iterable>>::from_range(iterable);
  if constexpr (std::is_same_v<Key, std::nullptr_t>) out.sort(reverse);
  else out.sort(key, reverse);
  if (n < out.len()) out.del_slice(pycxx::slice{n < 0 ? 0 : n, pycxx::slice_none, pycxx::slice_none});
  return out;
}

}  // namespace pycxx::shims::heapq::detail
