// Whether a caller's Python object still holds what a C++ value holds: each item converts
// (as the argument conversion does) to the same value, floats bit for bit, in the same order. The write-back of a list, dict or set
// argument (containers_convert.hpp) skips a container that compiled code did not change, so a
// function that only reads its list costs one conversion, not two, and the caller's element
// objects keep their identity (inner lists too), as in CPython. Anything not decidable here
// answers false, which keeps the write-back. Neighbours: convert.hpp, containers_convert.hpp.
#pragma once

#include <complex>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <utility>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/python/convert.hpp"

namespace pycxx::python {

template <class T>
bool unchanged(PyObject*, const T&) {
  return false;  // ndarray, optional, numpy scalars...: written back
}
// Declared first so that nested containers (a list of dicts) find each other.
template <class... T> bool unchanged(PyObject* o, const std::tuple<T...>& v);
template <class T> bool unchanged(PyObject* o, const list<T>& v);
template <class K, class V> bool unchanged(PyObject* o, const dict<K, V>& v);
template <class T> bool unchanged(PyObject* o, const set<T>& v);

namespace detail {
// The value the argument conversion makes of `o`, compared bit for bit with `v` (so -0.0 is
// not 0.0 and a NaN is itself). An int in a list[float] that compiled code left alone is
// thus unchanged and stays an int, as in CPython; one it overwrote with an equal float stays
// an int too (the one case where the caller sees a type other than CPython's, never a value).
template <class T>
bool converts_to(PyObject* o, const T& v) {
  try {
    T x = converter<T>::from(o, argument_context{});
    return std::memcmp(&x, &v, sizeof(T)) == 0;
  } catch (...) {
    PyErr_Clear();
    return false;
  }
}
}  // namespace detail

inline bool unchanged(PyObject* o, std::int64_t v) { return detail::converts_to(o, v); }
inline bool unchanged(PyObject* o, double v) { return detail::converts_to(o, v); }
inline bool unchanged(PyObject* o, bool v) { return o == (v ? Py_True : Py_False); }
inline bool unchanged(PyObject* o, const std::complex<double>& v) { return detail::converts_to(o, v); }
inline bool unchanged(PyObject* o, none_t) { return o == Py_None; }
inline bool unchanged(PyObject* o, const str& v) {
  if (!PyUnicode_Check(o)) return false;
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(o, &size);  // cached in the object
  if (!data) {
    PyErr_Clear();
    return false;
  }
  return std::string_view(data, static_cast<std::size_t>(size)) == v.view();
}
template <class... T>
bool unchanged(PyObject* o, const std::tuple<T...>& v) {
  if (!PyTuple_Check(o) || PyTuple_GET_SIZE(o) != static_cast<Py_ssize_t>(sizeof...(T))) return false;
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return (unchanged(PyTuple_GET_ITEM(o, I), std::get<I>(v)) && ...);
  }(std::index_sequence_for<T...>{});
}
template <class T>
bool unchanged(PyObject* o, const list<T>& v) {
  if (!PyList_Check(o) || PyList_GET_SIZE(o) != v.len()) return false;
  for (std::int64_t i = 0; i < v.len(); ++i)
    if (!unchanged(PyList_GET_ITEM(o, i), v[i])) return false;
  return true;
}
template <class K, class V>
bool unchanged(PyObject* o, const dict<K, V>& v) {
  if (!PyDict_Check(o) || PyDict_GET_SIZE(o) != v.len()) return false;
  Py_ssize_t pos = 0;
  PyObject *key = nullptr, *value = nullptr;
  for (const auto& [k, x] : v.items()) {  // both in insertion order
    if (!PyDict_Next(o, &pos, &key, &value)) return false;
    if (!unchanged(key, k) || !unchanged(value, x)) return false;
  }
  return true;
}
// A set: the same size and every Python element, converted, in the C++ set.
template <class T>
bool unchanged(PyObject* o, const set<T>& v) {
  if (!PyAnySet_Check(o) || PySet_GET_SIZE(o) != v.len()) return false;
  PyObject* it = PyObject_GetIter(o);  // as converter<set<T>>::from iterates it
  if (!it) {
    PyErr_Clear();
    return false;
  }
  bool same = true;
  while (PyObject* item = PyIter_Next(it)) {
    try {
      same = same && v.contains(converter<T>::from(item, argument_context{}));
    } catch (...) {
      PyErr_Clear();
      same = false;
    }
    Py_DECREF(item);
    if (!same) break;
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) PyErr_Clear();
  return same;
}

}  // namespace pycxx::python
