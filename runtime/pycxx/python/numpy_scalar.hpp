// Boundary conversions for the numpy scalar types that have no Python counterpart
// (np.int8 ... np.uint64, np.float32, np.complex64): the C++ types of dtype.def other than
// int64/double/complex128/bool, which convert as Python's int/float/complex/bool (convert.hpp).
// Arguments accept numpy scalars and Python numbers of the right kind (an integer out of the
// type's range is numpy's OverflowError); results come back as numpy scalars of that type.
// Neighbours: convert.hpp (the converter interface), ndarray_bridge.hpp (arrays).
//
// Generated code: a.get<std::int32_t>(i) / to_python(std::uint8_t{..}) as for any type.
// A numpy scalar result whose machine type is also a Python scalar's (numpy.float64 is a
// double, as float is) is returned as numpy_value<double>: the compiler knows which it is.
#pragma once

#include <complex>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "pycxx/errors.hpp"
#include "pycxx/python/convert.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"

namespace pycxx::python {

namespace detail {
template <class T>
inline constexpr const char* numpy_scalar_name = nullptr;
template <> inline constexpr const char* numpy_scalar_name<std::int8_t> = "int8";
template <> inline constexpr const char* numpy_scalar_name<std::int16_t> = "int16";
template <> inline constexpr const char* numpy_scalar_name<std::int32_t> = "int32";
template <> inline constexpr const char* numpy_scalar_name<std::uint8_t> = "uint8";
template <> inline constexpr const char* numpy_scalar_name<std::uint16_t> = "uint16";
template <> inline constexpr const char* numpy_scalar_name<std::uint32_t> = "uint32";
template <> inline constexpr const char* numpy_scalar_name<std::uint64_t> = "uint64";
template <> inline constexpr const char* numpy_scalar_name<float> = "float32";
template <> inline constexpr const char* numpy_scalar_name<std::complex<float>> = "complex64";
template <class T> inline constexpr const char* numpy_value_name = numpy_scalar_name<T>;
template <> inline constexpr const char* numpy_value_name<bool> = "bool_";
template <> inline constexpr const char* numpy_value_name<std::int64_t> = "int64";
template <> inline constexpr const char* numpy_value_name<double> = "float64";
template <> inline constexpr const char* numpy_value_name<std::complex<double>> = "complex128";

// numpy.<name>, imported on first use and kept for the life of the process.
inline PyObject* numpy_scalar_type(const char* name) {
  PyObject* numpy = PyImport_ImportModule("numpy");
  if (!numpy) throw error_already_set{};
  PyObject* type = PyObject_GetAttrString(numpy, name);
  Py_DECREF(numpy);
  if (!type) throw error_already_set{};
  return type;
}

template <class T>
PyObject* numpy_scalar_from(PyObject* python_value) {
  static PyObject* type = numpy_scalar_type(numpy_value_name<T>);
  PyObject* r = PyObject_CallOneArg(type, python_value);
  Py_DECREF(python_value);
  return checked(r);
}
}  // namespace detail

template <class T>
  requires(std::is_integral_v<T> && detail::numpy_scalar_name<T> != nullptr)
struct converter<T> {
  static std::string name() { return std::string("numpy.") + detail::numpy_scalar_name<T>; }
  static T from(PyObject* o, const argument_context& where) {
    PyNumberMethods* nb = Py_TYPE(o)->tp_as_number;
    if (!PyLong_Check(o) && !(nb && nb->nb_index && !PyFloat_Check(o))) detail::raise_wrong_type(o, where, name());
    PyObject* number = detail::checked(PyNumber_Index(o));
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(number, &overflow);
    bool fits;
    T result{};
    if constexpr (std::is_same_v<T, std::uint64_t>) {
      unsigned long long u = 0;
      if (overflow == 0) {
        fits = v >= 0;
        u = static_cast<unsigned long long>(v);
      } else {
        u = PyLong_AsUnsignedLongLong(number);
        fits = !(u == static_cast<unsigned long long>(-1) && PyErr_Occurred());
        if (!fits) PyErr_Clear();
      }
      result = static_cast<T>(u);
    } else {
      fits = overflow == 0 && v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max();
      result = static_cast<T>(v);
    }
    if (!fits) {
      PyObject* text = PyObject_Str(number);
      Py_DECREF(number);
      if (!text) throw error_already_set{};
      std::string digits = PyUnicode_AsUTF8(text);
      Py_DECREF(text);
      raise(exception_kind::OverflowError, where.describe() + ": Python integer " + digits + " out of bounds for " +
                                               detail::numpy_scalar_name<T>);
    }
    Py_DECREF(number);
    return result;
  }
  static PyObject* to(T v) {
    PyObject* value = std::is_signed_v<T> ? PyLong_FromLongLong(static_cast<long long>(v))
                                          : PyLong_FromUnsignedLongLong(static_cast<unsigned long long>(v));
    return detail::numpy_scalar_from<T>(detail::checked(value));
  }
};

template <>
struct converter<float> {
  static std::string name() { return "numpy.float32"; }
  static float from(PyObject* o, const argument_context& where) {
    try {
      return static_cast<float>(converter<double>::from(o, where));
    } catch (const python_error& e) {
      if (e.kind() != exception_kind::TypeError) throw;
      detail::raise_wrong_type(o, where, name());
    }
  }
  static PyObject* to(float v) { return detail::numpy_scalar_from<float>(detail::checked(PyFloat_FromDouble(v))); }
};

template <>
struct converter<std::complex<float>> {
  static std::string name() { return "numpy.complex64"; }
  static std::complex<float> from(PyObject* o, const argument_context& where) {
    try {
      std::complex<double> z = converter<std::complex<double>>::from(o, where);
      return {static_cast<float>(z.real()), static_cast<float>(z.imag())};
    } catch (const python_error& e) {
      if (e.kind() != exception_kind::TypeError) throw;
      detail::raise_wrong_type(o, where, name());
    }
  }
  static PyObject* to(const std::complex<float>& v) {
    return detail::numpy_scalar_from<std::complex<float>>(detail::checked(PyComplex_FromDoubles(v.real(), v.imag())));
  }
};

// A numpy scalar result of any dtype: numpy_value<double>{x} goes back as numpy.float64(x),
// as CPython returns the numpy scalar a[i] unchanged. Converts implicitly from T, so a
// std::tuple<double, ...> result converts to std::tuple<numpy_value<double>, ...>.
template <class T>
struct numpy_value {
  T value;
  numpy_value(T v) : value(v) {}  // NOLINT(google-explicit-constructor): implicit by design
};

template <class T>
struct converter<numpy_value<T>> {
  static std::string name() { return std::string("numpy.") + detail::numpy_value_name<T>; }
  static PyObject* to(const numpy_value<T>& v) {
    if constexpr (detail::numpy_scalar_name<T> != nullptr) {
      return converter<T>::to(v.value);
    } else {
      PyObject* python = converter<T>::to(v.value);  // float, int, bool, complex first
      return detail::numpy_scalar_from<T>(python);
    }
  }
};

}  // namespace pycxx::python
