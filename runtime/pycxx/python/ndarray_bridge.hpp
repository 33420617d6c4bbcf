// The numpy bridge: numpy arrays <-> pycxx ndarray (pycxx/array/) without copies, numpy 2 C
// API. A numpy array of any strides becomes an ndarray view whose buffer holder keeps a
// reference to the numpy array (its read-only flag is kept: writes raise numpy's ValueError);
// an ndarray goes back as a numpy array over the same memory, its base object keeping the
// buffer alive (a PyCapsule for C++ buffers, the original array for views of an argument).
//
// The including translation unit (one per module) must call pycxx::python::import_numpy()
// in its PyInit_ function before any conversion:
//   PyMODINIT_FUNC PyInit_mod() { if (pycxx::python::import_numpy() < 0) return nullptr; ... }
// Generated code converts with converter<ndarray<T, N>> (convert.hpp's interface):
//   auto a = pycxx::python::from_python<pycxx::ndarray<double, 2>>(obj, where);
//   PyObject* r = pycxx::python::to_python(result);   // new reference, no copy
#pragma once

#ifndef NPY_NO_DEPRECATED_API
#define NPY_NO_DEPRECATED_API NPY_2_0_API_VERSION
#endif
#include "pycxx/python/convert.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"

#include <string_view>

#include <numpy/arrayobject.h>

#include "pycxx/array.hpp"

namespace pycxx::python {

// numpy's C API table must be loaded once per extension module (import_array).
inline int import_numpy() { return PyArray_ImportNumPyAPI(); }

template <class T> constexpr int npy_type_of() = delete;
#define PYCXX_DTYPE(Name, CType, Kind, Npy) \
  template <> constexpr int npy_type_of<CType>() { return Npy; }
#include "pycxx/array/dtype.def"

namespace detail {
// A holder whose memory belongs to a numpy array: releasing drops our reference (taking
// the GIL, since the last ndarray may die in a GIL-free region).
inline void release_numpy_holder(buffer_holder* h) {
  PyGILState_STATE st = PyGILState_Ensure();
  Py_XDECREF(static_cast<PyObject*>(h->owner));
  PyGILState_Release(st);
  delete h;
}
inline bool is_numpy_holder(const buffer_holder* h) { return h && h->release == &release_numpy_holder; }

inline std::string describe_array(PyArrayObject* a) {
  PyObject* s = PyObject_Str(reinterpret_cast<PyObject*>(PyArray_DESCR(a)));
  std::string dt = s ? PyUnicode_AsUTF8(s) : "?";
  Py_XDECREF(s);
  return "numpy.ndarray[" + dt + ", ndim=" + std::to_string(PyArray_NDIM(a)) + "]";
}

inline void release_capsule(PyObject* capsule) {
  auto* h = static_cast<buffer_holder*>(PyCapsule_GetPointer(capsule, "pycxx.buffer"));
  buffer_ref drop(h);  // adopts the reference the capsule held
}
// Whether `o` is an ndarray subclass whose elements mean something else than the buffer says:
// a masked array (its mask would be ignored) or np.matrix (* is a matrix product, indexing
// keeps two dimensions). Other subclasses (a memmap, a user's subclass) are arrays as numpy
// functions treat them. An exact ndarray costs one comparison.
inline bool changes_meaning(PyObject* o) {
  if (PyArray_CheckExact(o)) return false;
  PyObject* mro = Py_TYPE(o)->tp_mro;
  for (Py_ssize_t i = 0; mro && i < PyTuple_GET_SIZE(mro); ++i) {
    auto* type = reinterpret_cast<PyTypeObject*>(PyTuple_GET_ITEM(mro, i));
    PyObject* module = PyDict_GetItemString(type->tp_dict, "__module__");  // borrowed
    const char* name = module && PyUnicode_Check(module) ? PyUnicode_AsUTF8(module) : nullptr;
    if (!name) continue;
    std::string_view m(name), t(type->tp_name);
    if (m.substr(0, 5) == "numpy" && (t == "MaskedArray" || t == "matrix")) return true;  // numpy.ma, numpy
  }
  PyErr_Clear();
  return false;
}
}  // namespace detail

// The view of numpy array `o` as ndarray<T, N>; raises TypeError naming `where` when the
// object is not an array of that dtype and rank.
template <class T, std::size_t N> ndarray<T, N> from_numpy(PyObject* o, const argument_context& where) {
  std::string expected = std::string("numpy.ndarray[") + dtype_traits<T>::name + ", ndim=" + std::to_string(N) + "]";
  if (!PyArray_Check(o) || detail::changes_meaning(o)) detail::raise_wrong_type(o, where, expected);
  auto* a = reinterpret_cast<PyArrayObject*>(o);
  if (PyArray_NDIM(a) != static_cast<int>(N) || !PyArray_EquivTypenums(PyArray_TYPE(a), npy_type_of<T>()) ||
      !PyArray_ISNOTSWAPPED(a))
    raise(exception_kind::TypeError, where.describe() + " must be " + expected + ", not " + detail::describe_array(a));
  shape_t<N> shape{}, strides{};
  for (std::size_t d = 0; d < N; ++d) {
    shape[d] = PyArray_DIMS(a)[d];
    npy_intp s = PyArray_STRIDES(a)[d];
    if (s % static_cast<npy_intp>(sizeof(T)) != 0)
      raise(exception_kind::ValueError, where.describe() + ": array strides are not a multiple of the item size");
    strides[d] = s / static_cast<npy_intp>(sizeof(T));
  }
  auto* h = new buffer_holder;
  h->release = &detail::release_numpy_holder;
  h->owner = Py_NewRef(o);
  h->writeable = PyArray_ISWRITEABLE(a);
  return ndarray<T, N>(buffer_ref(h), static_cast<T*>(PyArray_DATA(a)), shape, strides);
}

// A numpy array over `a`'s memory, without a copy (new reference).
template <class T, std::size_t N> PyObject* to_numpy(const ndarray<T, N>& a) {
  const buffer_holder* h = a.holder().get();
  PyObject* base = nullptr;
  if (detail::is_numpy_holder(h)) {
    auto* owner = static_cast<PyArrayObject*>(h->owner);
    bool same = PyArray_DATA(owner) == static_cast<void*>(a.data()) && PyArray_NDIM(owner) == static_cast<int>(N);
    for (std::size_t d = 0; same && d < N; ++d)
      same = PyArray_DIMS(owner)[d] == a.shape()[d] &&
             (a.shape()[d] <= 1 || PyArray_STRIDES(owner)[d] == a.strides()[d] * static_cast<npy_intp>(sizeof(T)));
    if (same) return Py_NewRef(h->owner);  // `return a` gives back the argument itself
    base = Py_NewRef(h->owner);
  } else if (h) {
    a.holder().get()->refs.fetch_add(1, std::memory_order_relaxed);  // owned by the capsule
    base = PyCapsule_New(const_cast<buffer_holder*>(h), "pycxx.buffer", &detail::release_capsule);
    if (!base) {
      buffer_ref drop(const_cast<buffer_holder*>(h));
      throw error_already_set{};
    }
  }
  npy_intp dims[N ? N : 1], strides[N ? N : 1];
  for (std::size_t d = 0; d < N; ++d) {
    dims[d] = a.shape()[d];
    strides[d] = a.strides()[d] * static_cast<npy_intp>(sizeof(T));
  }
  int flags = a.writeable() ? NPY_ARRAY_WRITEABLE : 0;
  PyArray_Descr* descr = PyArray_DescrFromType(npy_type_of<T>());  // stolen below
  PyObject* r = PyArray_NewFromDescr(&PyArray_Type, descr, static_cast<int>(N), dims, strides,
                                     h ? static_cast<void*>(a.data()) : nullptr, flags, nullptr);
  if (!r) {
    Py_XDECREF(base);
    throw error_already_set{};
  }
  if (base && PyArray_SetBaseObject(reinterpret_cast<PyArrayObject*>(r), base) < 0) {  // steals base
    Py_DECREF(r);
    throw error_already_set{};
  }
  PyArray_UpdateFlags(reinterpret_cast<PyArrayObject*>(r), NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_F_CONTIGUOUS | NPY_ARRAY_ALIGNED);
  return r;
}

// Any-rank arguments (an annotation whose rank the body does not fix): the rank is read at
// call time and f is called with the ndarray<T, N> view for N = ndim (0..MaxRank), so the
// body is compiled once per rank, each a fast fixed-rank instance.
//   return with_rank<double, 4>(obj, where, [&](auto a) { return to_python(sum(a * a)); });
template <class T, std::size_t MaxRank, class F, std::size_t N = 0>
decltype(auto) with_rank(PyObject* o, const argument_context& where, F&& f) {
  if (!PyArray_Check(o) || !PyArray_EquivTypenums(PyArray_TYPE(reinterpret_cast<PyArrayObject*>(o)), npy_type_of<T>()) ||
      PyArray_NDIM(reinterpret_cast<PyArrayObject*>(o)) > static_cast<int>(MaxRank)) {
    std::string expected = std::string("numpy.ndarray[") + dtype_traits<T>::name + "] of at most " +
                           std::to_string(MaxRank) + " dimensions";
    if (!PyArray_Check(o)) detail::raise_wrong_type(o, where, expected);
    raise(exception_kind::TypeError, where.describe() + " must be " + expected + ", not " +
                                         detail::describe_array(reinterpret_cast<PyArrayObject*>(o)));
  }
  if constexpr (N < MaxRank) {
    if (PyArray_NDIM(reinterpret_cast<PyArrayObject*>(o)) != static_cast<int>(N))
      return with_rank<T, MaxRank, F, N + 1>(o, where, std::forward<F>(f));
  }
  return f(from_numpy<T, N>(o, where));
}

template <class T, std::size_t N> struct converter<ndarray<T, N>> {
  static std::string name() { return std::string("numpy.ndarray[") + dtype_traits<T>::name + ", ndim=" + std::to_string(N) + "]"; }
  static ndarray<T, N> from(PyObject* o, const argument_context& where) { return from_numpy<T, N>(o, where); }
  static PyObject* to(const ndarray<T, N>& a) { return to_numpy(a); }
};

}  // namespace pycxx::python
