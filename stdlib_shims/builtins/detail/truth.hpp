// Python truthiness of a container item, for any()/all() and other shims that test items:
// numbers are true when non-zero (NaN is true), str/list/dict/set when non-empty, None false,
// a tuple when it has items. Generated code's own `if x:` is emitted by compiler/emit (Truth).
#pragma once

#include <complex>
#include <tuple>
#include <type_traits>

#include "pycxx/containers/protocol.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx::shims::detail {

template <class T>
bool truth(const T& x) {
  if constexpr (std::is_same_v<T, pycxx::none_t>) {
    return false;
  } else if constexpr (std::is_arithmetic_v<T>) {
    return x != 0;
  } else if constexpr (std::is_same_v<T, std::complex<double>>) {
    return x != std::complex<double>();
  } else if constexpr (requires { std::tuple_size<T>::value; }) {
    return std::tuple_size_v<T> != 0;
  } else {
    return pycxx::len(x) != 0;
  }
}

}  // namespace pycxx::shims::detail
