// builtins.repr(obj, /): the printable representation CPython gives numbers, bool, None, str
// (quotes and escapes), lists, dicts, sets and caught exceptions (ValueError('bad', 3)).
#pragma once

#include <complex>
#include <cstdint>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/errors.hpp"
#include "pycxx/scalar/format.hpp"
#include "pycxx/scalar/none.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::builtins {

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(std::int64_t obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(double obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(bool obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(std::complex<double> obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(pycxx::none_t obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(const pycxx::str& obj) { return pycxx::str(pycxx::repr(obj)); }

PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
inline pycxx::str repr(PYCXX_TYPE("BaseException") const pycxx::python_error& obj) {
  return pycxx::str(pycxx::repr(obj));
}

template <class T>
PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
pycxx::str repr(PYCXX_TYPE("list[T]") const pycxx::list<T>& obj) { return pycxx::str(pycxx::repr(obj)); }

template <class T>
PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
pycxx::str repr(PYCXX_TYPE("set[T]") const pycxx::set<T>& obj) { return pycxx::str(pycxx::repr(obj)); }

template <class K, class V>
PYCXX_SHIM("builtins", "repr") PYCXX_POSITIONAL_ONLY
pycxx::str repr(PYCXX_TYPE("dict[K, V]") const pycxx::dict<K, V>& obj) { return pycxx::str(pycxx::repr(obj)); }

}  // namespace pycxx::shims::builtins
