// numpy.arange([start,] stop[, step]): evenly spaced values in [start, stop), a new 1-d
// array: int64 when every argument is an int, float64 otherwise. As numpy: the length is
// ceil((stop - start) / step); float values are start + i * delta with delta =
// (start + step) - start; a zero step is a ZeroDivisionError, a length that cannot be
// computed or held a ValueError.
#pragma once

#include <cmath>
#include <cstdint>

#include "pycxx/array.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {
namespace detail {

inline constexpr double arange_max_length = 9.2233720368547758e18;  // numpy's NPY_MAX_INTP as a double

inline pycxx::ndarray<std::int64_t, 1> arange_int(std::int64_t start, std::int64_t stop, std::int64_t step) {
  if (step == 0) pycxx::raise(pycxx::exception_kind::ZeroDivisionError, "division by zero");
  __int128 span = static_cast<__int128>(stop) - start;
  __int128 length = span / step + ((span % step != 0) && ((span < 0) == (step < 0)) ? 1 : 0);  // ceil
  if (length < 0) length = 0;
  pycxx::ndarray<std::int64_t, 1> r(pycxx::shape_t<1>{static_cast<pycxx::index_t>(length)});
  for (pycxx::index_t i = 0; i < static_cast<pycxx::index_t>(length); ++i) r.data()[i] = start + i * step;
  return r;
}

inline pycxx::ndarray<double, 1> arange_float(double start, double stop, double step) {
  if (step == 0.0) pycxx::raise(pycxx::exception_kind::ZeroDivisionError, "float division by zero");
  double length = std::ceil((stop - start) / step);
  if (std::isnan(length)) pycxx::raise(pycxx::exception_kind::ValueError, "arange: cannot compute length");
  if (length > arange_max_length) pycxx::raise(pycxx::exception_kind::ValueError, "Maximum allowed size exceeded");
  auto n = length > 0 ? static_cast<pycxx::index_t>(length) : 0;
  pycxx::ndarray<double, 1> r(pycxx::shape_t<1>{n});
  if (n > 0) r.data()[0] = start;
  if (n > 1) r.data()[1] = start + step;
  double delta = start + step - start;  // numpy's fill: the step as the first two values give it
  for (pycxx::index_t i = 2; i < n; ++i) r.data()[i] = start + static_cast<double>(i) * delta;
  return r;
}

}  // namespace detail

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY PYCXX_UNSUPPORTED("dtype=, device=, like=; keyword arguments")
inline pycxx::ndarray<std::int64_t, 1> arange(std::int64_t stop) { return detail::arange_int(0, stop, 1); }

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 1> arange(std::int64_t start, std::int64_t stop) {
  return detail::arange_int(start, stop, 1);
}

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<std::int64_t, 1> arange(std::int64_t start, std::int64_t stop, std::int64_t step) {
  return detail::arange_int(start, stop, step);
}

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<double, 1> arange(double stop) { return detail::arange_float(0.0, stop, 1.0); }

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<double, 1> arange(double start, double stop) { return detail::arange_float(start, stop, 1.0); }

PYCXX_SHIM("numpy", "arange") PYCXX_POSITIONAL_ONLY
inline pycxx::ndarray<double, 1> arange(double start, double stop, double step) {
  return detail::arange_float(start, stop, step);
}

}  // namespace pycxx::shims::numpy
