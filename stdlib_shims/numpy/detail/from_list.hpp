// Python lists to new C-order arrays for numpy.array / numpy.asarray (array.hpp, asarray.hpp):
// a list of numbers is 1-d, a list of equal-length lists 2-d; unequal lengths raise numpy's
// "inhomogeneous shape" ValueError.
#pragma once

#include <complex>
#include <cstdint>
#include <string>

#include "pycxx/array.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/errors.hpp"

namespace pycxx::shims::numpy::detail {

template <class T>
pycxx::ndarray<T, 1> from_list(const pycxx::list<T>& items) {
  pycxx::ndarray<T, 1> r(pycxx::shape_t<1>{static_cast<pycxx::index_t>(items.size())});
  for (std::size_t i = 0; i < items.size(); ++i) r.data()[i] = items[static_cast<std::int64_t>(i)];
  return r;
}

template <class T>
pycxx::ndarray<T, 2> from_list(const pycxx::list<pycxx::list<T>>& rows) {
  const std::size_t n = rows.size(), m = n ? rows[0].size() : 0;
  for (std::size_t i = 1; i < n; ++i)
    if (rows[static_cast<std::int64_t>(i)].size() != m)
      pycxx::raise(pycxx::exception_kind::ValueError,
                   "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                   "1 dimensions. The detected shape was (" + std::to_string(n) + ",) + inhomogeneous part.");
  pycxx::ndarray<T, 2> r(pycxx::shape_t<2>{static_cast<pycxx::index_t>(n), static_cast<pycxx::index_t>(m)});
  for (std::size_t i = 0; i < n; ++i) {
    const pycxx::list<T>& row = rows[static_cast<std::int64_t>(i)];
    for (std::size_t j = 0; j < m; ++j) r.data()[i * m + j] = row[static_cast<std::int64_t>(j)];
  }
  return r;
}

}  // namespace pycxx::shims::numpy::detail
