// numpy.array(object): a new array from a Python list (float -> float64, int -> int64, bool, complex), a list of equal-length lists -> 2-d.
// Signature overloads, one per element type and depth; detail/from_list.hpp does the work.
#pragma once

#include <complex>
#include <cstdint>

#include "numpy/detail/from_list.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
PYCXX_UNSUPPORTED("dtype=, copy=, order=, ndmin=; tuples, arrays and lists deeper than 2 as the argument")
inline pycxx::ndarray<double, 1> array(const pycxx::list<double>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 1> array(const pycxx::list<std::int64_t>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<bool, 1> array(const pycxx::list<bool>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::complex<double>, 1> array(const pycxx::list<std::complex<double>>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<double, 2> array(const pycxx::list<pycxx::list<double>>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 2> array(const pycxx::list<pycxx::list<std::int64_t>>& object) { return detail::from_list(object); }

PYCXX_SHIM("numpy", "array") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<bool, 2> array(const pycxx::list<pycxx::list<bool>>& object) { return detail::from_list(object); }

}  // namespace pycxx::shims::numpy
