// numpy.asarray(a): as numpy.array for a Python list (a new array; lists are never shared with numpy).
// Signature overloads, one per element type and depth; detail/from_list.hpp does the work.
#pragma once

#include <complex>
#include <cstdint>

#include "numpy/detail/from_list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("dtype=, copy=, order=, ndmin=; tuples, arrays and lists deeper than 2 as the argument")
inline pycxx::ndarray<double, 1> asarray(const pycxx::list<double>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 1> asarray(const pycxx::list<std::int64_t>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<bool, 1> asarray(const pycxx::list<bool>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::complex<double>, 1> asarray(const pycxx::list<std::complex<double>>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<double, 2> asarray(const pycxx::list<pycxx::list<double>>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 2> asarray(const pycxx::list<pycxx::list<std::int64_t>>& a) { return detail::from_list(a); }

PYCXX_SHIM("numpy", "asarray") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<bool, 2> asarray(const pycxx::list<pycxx::list<bool>>& a) { return detail::from_list(a); }

}  // namespace pycxx::shims::numpy
