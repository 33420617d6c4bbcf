// The one implementation of builtins.min and builtins.max (min.hpp, max.hpp declare the
// shims): `Better` says whether a candidate beats the current answer (min: item < best;
// max: best < item, Python's <). As CPython, a candidate replaces the answer only when it is
// strictly better, so the first among equals wins and a NaN wins only when it comes first.
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>

#include "pycxx/containers/compare.hpp"
#include "pycxx/containers/iteration.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins::detail {

struct smaller {  // min
  template <class A, class B>
  bool operator()(const A& candidate, const B& best) const {
    return pycxx::item_lt(candidate, best);
  }
};
struct larger {  // max
  template <class A, class B>
  bool operator()(const A& candidate, const B& best) const {
    return pycxx::item_lt(best, candidate);
  }
};

// min(a, b, *args) / max(a, b, *args) of scalars.
template <class Better, class T>
T extremum_of_arguments(T a, T b, star_args<T> args) {
  Better better;
  T r = better(b, a) ? b : a;
  for (T x : args) r = better(x, r) ? x : r;
  return r;
}

// The winner of a non-empty iterable (of its key when Key is not nullptr_t, the key called
// once per item) into `best`; false when the iterable is empty.
template <class Better, class Iterable, class Key>
bool extremum_of(const Iterable& iterable, const Key& key, pycxx::item_t<Iterable>& best) {
  Better better;
  bool found = false;
  if constexpr (std::is_same_v<Key, std::nullptr_t>) {
    for (const auto& x : iterable) {
      if (!found || better(x, best)) best = x;
      found = true;
    }
  } else {
    std::decay_t<decltype(key(std::declval<const pycxx::item_t<Iterable>&>()))> best_key{};
    for (const auto& x : iterable) {
      auto k = key(x);
      if (!found || better(k, best_key)) {
        best = x;
        best_key = std::move(k);
      }
      found = true;
    }
  }
  return found;
}

// The winner, or ValueError "<name>() arg is an empty sequence".
template <class Better, class Iterable, class Key>
auto extremum_or_raise(const Iterable& iterable, const Key& key, const char* name) {
  pycxx::item_t<Iterable> best{};
  if (!extremum_of<Better>(iterable, key, best))
    pycxx::raise(pycxx::exception_kind::ValueError, std::string(name) + "() arg is an empty sequence");
  return best;
}

// The winner, or `default_` for an empty iterable (a float default with int items: a float).
template <class Better, class Iterable, class Key, class Default>
auto extremum_or_default(const Iterable& iterable, const Key& key, const Default& default_) {
  using result_t = std::common_type_t<pycxx::item_t<Iterable>, Default>;
  pycxx::item_t<Iterable> best{};
  return extremum_of<Better>(iterable, key, best) ? static_cast<result_t>(best) : static_cast<result_t>(default_);
}

}  // namespace pycxx::shims::builtins::detail
