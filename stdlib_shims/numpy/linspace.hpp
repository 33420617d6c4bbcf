// numpy.linspace(start, stop, num=50, endpoint=True): num evenly spaced float64 values, as
// numpy computes them: i * step + start with step = (stop - start) / div (div = num - 1, or
// num without the endpoint), i / div * delta when step underflows to 0, and the last value
// set to stop exactly. A negative num is numpy's ValueError.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "pycxx/array.hpp"
#include "pycxx/errors.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::numpy {

PYCXX_SHIM("numpy", "linspace")
PYCXX_UNSUPPORTED("retstep=, dtype=, axis=, device=; array start/stop")
inline pycxx::ndarray<double, 1> linspace(double start, double stop, std::int64_t num = 50, bool endpoint = true) {
  if (num < 0)
    pycxx::raise(pycxx::exception_kind::ValueError, "Number of samples, " + std::to_string(num) + ", must be non-negative.");
  std::int64_t div = endpoint ? num - 1 : num;
  double delta = stop - start;
  pycxx::ndarray<double, 1> y(pycxx::shape_t<1>{num});
  double* v = y.data();
  if (div > 0) {
    double step = delta / static_cast<double>(div);
    for (std::int64_t i = 0; i < num; ++i)
      v[i] = step == 0.0 ? static_cast<double>(i) / static_cast<double>(div) * delta : static_cast<double>(i) * step;
  } else {
    for (std::int64_t i = 0; i < num; ++i) v[i] = static_cast<double>(i) * delta;  // numpy: step is NaN, unused
  }
  for (std::int64_t i = 0; i < num; ++i) v[i] += start;
  if (endpoint && num > 1) v[num - 1] = stop;
  return y;
}

}  // namespace pycxx::shims::numpy
