// builtins.min(a, b, *args): the smallest argument, the first one among equals; as CPython,
// an argument replaces the current answer only if it compares < it, so NaN wins when it
// comes first and loses after. Typing: sema picks the int or the float overload (an int
// argument among floats is converted to float, see PYCXX_UNSUPPORTED); `*args` is passed
// as one braced list: min(a, b, {c, d}).
// min(iterable, *, key=None, default=...): the smallest item (of its key, called once per item),
// compared with Python's < (tuples item by item, str by code point); an empty iterable gives
// default, or ValueError "min() arg is an empty sequence".
// The bodies are detail/extremum.hpp's, shared with max.hpp.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

#include "builtins/detail/extremum.hpp"
#include "pycxx/containers/iteration.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "min") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("key= with several arguments")
inline std::int64_t min(std::int64_t a, std::int64_t b, star_args<std::int64_t> args) {
  return detail::extremum_of_arguments<detail::smaller>(a, b, args);
}

PYCXX_SHIM("builtins", "min") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("mixing int and float arguments gives a float (CPython returns the winning argument itself, "
                  "perhaps an int); key= with several arguments")
inline double min(double a, double b, star_args<double> args) {
  return detail::extremum_of_arguments<detail::smaller>(a, b, args);
}

template <class Iterable>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable) {
  return detail::extremum_or_raise<detail::smaller>(iterable, nullptr, "min");
}

// (`requires`: min(xs, key) and min(xs, default) have the same C++ arity.)
template <class Iterable, class Key>
  requires std::invocable<const Key&, const pycxx::item_t<Iterable>&>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key) {
  return detail::extremum_or_raise<detail::smaller>(iterable, key, "min");
}

// A float default with int items makes the result a float (sema widens T), as the scalar forms.
template <class Iterable, class Default>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T")
PYCXX_UNSUPPORTED("a default of another type than the items (other than None); a float default with int items gives a float")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable, PYCXX_KW_ONLY PYCXX_TYPE("T") const Default& default_) {
  return detail::extremum_or_default<detail::smaller>(iterable, nullptr, default_);
}

template <class Iterable, class Key, class Default>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key, PYCXX_TYPE("T") const Default& default_) {
  return detail::extremum_or_default<detail::smaller>(iterable, key, default_);
}

// min(xs, default=None): the smallest item, or None for an empty iterable (a `T | None`).
template <class Iterable>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T | None")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable, PYCXX_KW_ONLY pycxx::none_t default_) {
  pycxx::item_t<Iterable> best{};
  if (!detail::extremum_of<detail::smaller>(iterable, nullptr, best)) return std::optional<pycxx::item_t<Iterable>>{};
  return std::optional<pycxx::item_t<Iterable>>{best};
}

template <class Iterable, class Key>
PYCXX_SHIM("builtins", "min") PYCXX_TYPE("T | None")
auto min(PYCXX_POS_ONLY PYCXX_TYPE("Iterable[T]") const Iterable& iterable,
         PYCXX_KW_ONLY PYCXX_TYPE("Callable[[T], K]") const Key& key, pycxx::none_t default_) {
  pycxx::item_t<Iterable> best{};
  if (!detail::extremum_of<detail::smaller>(iterable, key, best)) return std::optional<pycxx::item_t<Iterable>>{};
  return std::optional<pycxx::item_t<Iterable>>{best};
}

}  // namespace pycxx::shims::builtins
