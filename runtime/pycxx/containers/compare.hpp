// Equality, ordering, hashing and repr of container items as Python defines them, for any
// item type: scalars through scalar/compare.hpp (exact int/float), tuples lexicographically
// (the first unequal pair decides, then length), list and str through their own operators.
// list/dict/set/str (neighbours in this folder) use these for `in`, index, sort and keys.
//
// Generated code: sorted/min/max with tuple keys call pycxx::item_lt(a, b); `==` on
// containers or tuples of containers call pycxx::item_eq(a, b).
#pragma once

#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "pycxx/scalar/compare.hpp"
#include "pycxx/scalar/format.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx {

namespace detail {
template <class T>
inline constexpr bool is_tuple = false;
template <class... T>
inline constexpr bool is_tuple<std::tuple<T...>> = true;
template <class T>
inline constexpr bool is_scalar_item = std::is_arithmetic_v<T> || is_py_complex<T>;
}  // namespace detail

template <class A, class B>
bool item_eq(const A& a, const B& b);
template <class A, class B>
bool item_lt(const A& a, const B& b);

namespace detail {
// Python's tuple comparison: find the first index whose items differ (by ==); if none, the
// shorter tuple is smaller; else compare that pair with <.
template <std::size_t I, class... A, class... B>
bool tuple_lt(const std::tuple<A...>& a, const std::tuple<B...>& b) {
  if constexpr (I == sizeof...(A) || I == sizeof...(B)) {
    return sizeof...(A) < sizeof...(B);
  } else {
    if (!item_eq(std::get<I>(a), std::get<I>(b))) return item_lt(std::get<I>(a), std::get<I>(b));
    return tuple_lt<I + 1>(a, b);
  }
}
template <class... A, class... B, std::size_t... I>
bool tuple_eq(const std::tuple<A...>& a, const std::tuple<B...>& b, std::index_sequence<I...>) {
  return (item_eq(std::get<I>(a), std::get<I>(b)) && ...);
}
}  // namespace detail

template <class A, class B>
bool item_eq(const A& a, const B& b) {
  if constexpr (detail::is_scalar_item<A> && detail::is_scalar_item<B>) {
    return eq(a, b);
  } else if constexpr (detail::is_tuple<A> && detail::is_tuple<B>) {
    if constexpr (std::tuple_size_v<A> != std::tuple_size_v<B>) return false;
    else return detail::tuple_eq(a, b, std::make_index_sequence<std::tuple_size_v<A>>{});
  } else if constexpr (std::is_same_v<A, none_t> || std::is_same_v<B, none_t>) {
    return std::is_same_v<A, B>;
  } else {
    return a == b;  // list, str, dict, set: their own operator==
  }
}

// a < b; for floats a NaN compares false both ways, as in Python (sort then keeps order
// where CPython's does, since both use only <).
template <class A, class B>
bool item_lt(const A& a, const B& b) {
  if constexpr (detail::is_scalar_item<A> && detail::is_scalar_item<B>) {
    return lt(a, b);
  } else if constexpr (detail::is_tuple<A> && detail::is_tuple<B>) {
    return detail::tuple_lt<0>(a, b);
  } else {
    return a < b;
  }
}

// Hash of a dict/set key, consistent with item_eq inside one key type: -0.0 and 0.0 hash
// alike; an integral float hashes as the int (so a float key 1.0 and an int 1 converted to
// float meet). Not CPython's hash() values: nothing observable depends on them but set order.
struct item_hash {
  std::size_t operator()(std::int64_t v) const noexcept { return std::hash<std::int64_t>{}(v); }
  std::size_t operator()(bool v) const noexcept { return std::hash<std::int64_t>{}(v ? 1 : 0); }
  std::size_t operator()(double v) const noexcept {
    if (v == std::trunc(v) && std::abs(v) < 9.2e18) return (*this)(static_cast<std::int64_t>(v));
    return std::hash<double>{}(v);
  }
  std::size_t operator()(none_t) const noexcept { return 0x9e3779b9u; }
  template <class... T>
  std::size_t operator()(const std::tuple<T...>& t) const noexcept {
    std::size_t h = 0x345678u;
    std::apply([&](const auto&... x) { ((h = h * 1000003u ^ (*this)(x)), ...); }, t);
    return h;
  }
  template <class T>
    requires requires(const T& x) { x.hash(); }
  std::size_t operator()(const T& x) const noexcept {
    return x.hash();
  }
};

namespace detail {
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
}  // namespace detail

// repr(x) of an item; any C++ integer type other than bool prints as a Python int, and an
// `X | None` item (std::optional) as None or its value.
template <class T>
std::string item_repr(const T& x) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return repr(static_cast<std::int64_t>(x));
  else if constexpr (detail::is_optional<T>) return x ? item_repr(*x) : std::string("None");
  else return repr(x);
}

struct item_equal {
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return item_eq(a, b);
  }
};

}  // namespace pycxx
