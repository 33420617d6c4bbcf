// Python's None as a C++ value: the type of `None`, of a function without a return value,
// and of a `-> None` annotation. Empty and trivially copyable, so a none_t costs nothing.
// Neighbours: int_ops.hpp / float_ops.hpp / complex_ops.hpp (scalar semantics), format.hpp
// (repr "None"), ../python/convert.hpp (None <-> Py_None).
//
// Generated code:   pycxx::none_t r = pycxx::none;   return pycxx::none;
#pragma once

namespace pycxx {

struct none_t {
  friend constexpr bool operator==(none_t, none_t) noexcept { return true; }
};

inline constexpr none_t none{};

}  // namespace pycxx
