// `T | None` values of compiled code: std::optional<T> (the boundary's converter for
// std::optional already maps None <-> nullopt: ../python/convert.hpp). Sema narrows reads by
// `is not None` tests, so optional_value is only reached with a value; the check guards the
// paths sema cannot see (an exception leaving a try body between two assignments).
// Neighbours: none.hpp (None itself), compiler/sema/infer_optional.cpp.
//
// Generated code:  std::optional<std::int64_t> best{};  best = std::optional<std::int64_t>{x};
//                  pycxx::is_none(best)   pycxx::optional_value(best)
#pragma once

#include <optional>

#include "pycxx/errors.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx {

template <class T>
bool is_none(const std::optional<T>& value) noexcept {
  return !value.has_value();
}

template <class T>
const T& optional_value(const std::optional<T>& value) {
  if (!value.has_value()) [[unlikely]]
    raise(exception_kind::TypeError, "'NoneType' object is not usable here: a value that may be None was used");
  return *value;
}

}  // namespace pycxx
