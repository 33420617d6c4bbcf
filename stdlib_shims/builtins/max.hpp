// builtins.max(a, b, *args): the largest argument, the first one among equals; as CPython,
// an argument replaces the current answer only if it compares > it, so NaN wins when it
// comes first and loses after. Typing: sema picks the int or the float overload (an int
// argument among floats is converted to float, see PYCXX_UNSUPPORTED); `*args` is passed
// as one braced list: max(a, b, {c, d}).
// max(iterable, *, key=None, default=...): the largest item (of its key, called once per item),
// compared with Python's > (tuples item by item, str by code point); an empty iterable gives
// default, or ValueError "max() arg is an empty sequence".
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

#include "pycxx/containers/compare.hpp"
#include "pycxx/containers/iteration.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "max") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("key= with several arguments")
inline std::int64_t max(std::int64_t a, std::int64_t b, star_args<std::int64_t> args) {
  std::int64_t r = b > a ? b : a;
  for (std::int64_t x : args) r = x > r ? x : r;
  return r;
}

PYCXX_SHIM("builtins", "max") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("mixing int and float arguments gives a float (CPython returns the winning argument itself, "
                  "perhaps an int); key= with several arguments")
inline double max(double a, double b, star_args<double> args) {
  double r = b > a ? b : a;
  for (double x : args) r = x > r ? x : r;
  return r;
}

namespace detail {
// The winner of a non-empty range, or nothing: an item replaces the current answer only
// when it compares > it, as CPython's max().
template <class Iterable, class Key>
bool max_of(const Iterable& iterable, const Key& key, pycxx::item_t<Iterable>& best) {
  bool found = false;
  if constexpr (std::is_same_v<Key, std::nullptr_t>) {
    for (const auto& x : iterable) {
      if (!found || pycxx::item_lt(best, x)) best = x;
      found = true;
    }
  } else {
    std::decay_t<decltype(key(std::declval<const pycxx::item_t<Iterable>&>()))> best_key{};
    for (const auto& x : iterable) {
      auto k = key(x);
      if (!found || pycxx::item_lt(best_key, k)) {
        best = x;
        best_key = std::move(k);
      }
      found = true;
    }
  }
  return found;
}
}  // namespace detail

template <class Iterable>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  pycxx::item_t<Iterable> best{};
  if (!detail::max_of(iterable, nullptr, best)) pycxx::raise(pycxx::exception_kind::ValueError, "max() arg is an empty sequence");
  return best;
}

// (`requires`: min(xs, key) and min(xs, default) have the same C++ arity.)
template <class Iterable, class Key>
  requires std::invocable<const Key&, const pycxx::item_t<Iterable>&>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key) {
  pycxx::item_t<Iterable> best{};
  if (!detail::max_of(iterable, key, best)) pycxx::raise(pycxx::exception_kind::ValueError, "max() arg is an empty sequence");
  return best;
}

// A float default with int items makes the result a float (sema widens T), as the scalar forms.
template <class Iterable, class Default>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T")
PYCXX_UNSUPPORTED("a default of another type than the items (other than None); a float default with int items gives a float")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable, PYCXX_KW_ONLY PYCXX_TYPE("T") const Default& default_) {
  using result_t = std::common_type_t<pycxx::item_t<Iterable>, Default>;
  pycxx::item_t<Iterable> best{};
  return detail::max_of(iterable, nullptr, best) ? static_cast<result_t>(best) : static_cast<result_t>(default_);
}

template <class Iterable, class Key, class Default>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key, PYCXX_TYPE("T") const Default& default_) {
  using result_t = std::common_type_t<pycxx::item_t<Iterable>, Default>;
  pycxx::item_t<Iterable> best{};
  return detail::max_of(iterable, key, best) ? static_cast<result_t>(best) : static_cast<result_t>(default_);
}

// max(xs, default=None): the largest item, or None for an empty iterable (a `T | None`).
template <class Iterable>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T | None")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable, PYCXX_KW_ONLY pycxx::none_t default_) {
  pycxx::item_t<Iterable> best{};
  if (!detail::max_of(iterable, nullptr, best)) return std::optional<pycxx::item_t<Iterable>>{};
  return std::optional<pycxx::item_t<Iterable>>{best};
}

template <class Iterable, class Key>
PYCXX_SHIM("builtins", "max") PYCXX_TYPE("T | None")
auto max(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key, pycxx::none_t default_) {
  pycxx::item_t<Iterable> best{};
  if (!detail::max_of(iterable, key, best)) return std::optional<pycxx::item_t<Iterable>>{};
  return std::optional<pycxx::item_t<Iterable>>{best};
}

}  // namespace pycxx::shims::builtins
