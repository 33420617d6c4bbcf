// Conversions between Python objects and the C++ types of compiled code, one
// converter<T> specialisation per type: name() (the annotation spelling used in TypeError
// messages), from() (Python -> C++, raising TypeError naming the function, the parameter,
// the expected and the given type) and to() (C++ -> new reference). Other pieces add
// their types by specialising converter<T> (ndarray_bridge.hpp for arrays, later str, list...).
// Neighbours: arguments.hpp (calls from() per parameter), module.hpp (to() on results).
//
// Generated code rarely calls these directly (bound_arguments::get does); when it does:
//   std::int64_t n = pycxx::python::from_python<std::int64_t>(obj, where);
//   PyObject* o = pycxx::python::to_python(value);        // new reference, throws on failure
//
// What each annotation accepts (docs/semantics.md, "At the boundary"):
//   int     int, bool, and objects with __index__ (numpy integers); beyond int64 -> OverflowError
//   float   float, int, bool, numpy floating and integer scalars, objects with __float__ (not complex)
//   complex complex, float, int, bool, numpy numbers, objects with __complex__/__float__/__index__
//   bool    bool and numpy.bool_ only (an int is a TypeError: the annotation says bool)
//   None    None only;  tuple[A, B]  a tuple (or subclass) of that length, element by element
//   X | None (std::optional<X>)  None, or what X accepts
#pragma once

#include <complex>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "pycxx/errors.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx::python {

// Where a value being converted comes from, for messages: "fib() argument 'n'" plus a
// path into tuples ("[1]"). Cheap to make: only the error path formats it.
struct argument_context {
  const char* function = nullptr;   // "fib" (nullptr: not an argument, e.g. a returned value)
  const char* parameter = nullptr;  // "n"
  std::string path{};               // "[0][1]" for nested tuple elements

  std::string describe() const {
    std::string s = function ? std::string(function) + "() argument '" + parameter + "'" : std::string("value");
    return s + path;
  }
  argument_context element(std::size_t i) const { return {function, parameter, path + "[" + std::to_string(i) + "]"}; }
};

template <class T>
struct converter;  // specialised below and by other boundary headers

template <class T>
std::string type_name() {
  return converter<T>::name();
}

template <class T>
T from_python(PyObject* o, const argument_context& where) {
  return converter<T>::from(o, where);
}

template <class T>
PyObject* to_python(const T& value) {
  return converter<T>::to(value);
}

namespace detail {
// "fib() argument 'n' must be int, not str"
[[noreturn, gnu::cold]] inline void raise_wrong_type(PyObject* o, const argument_context& where,
                                                      const std::string& expected) {
  // Thrown, not raise()d: converters call this inside a catch to replace a narrower TypeError,
  // which must not become its __context__ (CPython's argument errors have none).
  throw python_error(exception_kind::TypeError,
                     where.describe() + " must be " + expected + ", not " + Py_TYPE(o)->tp_name);
}

inline PyObject* checked(PyObject* o) {
  if (!o) throw error_already_set{};
  return o;
}

// A numpy abstract scalar type (numpy.bool_, numpy.complexfloating) if numpy is already
// imported; nullptr otherwise (then no numpy scalar can exist). Never imports numpy.
inline PyObject* numpy_type(const char* name) {
  PyObject* key = PyUnicode_FromString("numpy");
  if (!key) throw error_already_set{};
  PyObject* module = PyImport_GetModule(key);
  Py_DECREF(key);
  if (!module) {
    if (PyErr_Occurred()) throw error_already_set{};
    return nullptr;
  }
  PyObject* type = PyObject_GetAttrString(module, name);
  Py_DECREF(module);
  if (!type) PyErr_Clear();
  return type;  // new reference or nullptr
}

inline bool is_numpy_instance(PyObject* o, const char* type_name) {
  PyObject* type = numpy_type(type_name);
  if (!type) return false;
  int r = PyObject_IsInstance(o, type);
  Py_DECREF(type);
  if (r < 0) throw error_already_set{};
  return r == 1;
}
}  // namespace detail

template <>
struct converter<std::int64_t> {
  static std::string name() { return "int"; }
  static std::int64_t from(PyObject* o, const argument_context& where) {
    if (PyLong_Check(o)) [[likely]] {  // int and bool: no new reference needed
      int overflow = 0;
      long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
      if (overflow != 0) [[unlikely]] raise_too_large(where);
      return static_cast<std::int64_t>(v);
    }
    PyObject* number = nullptr;
    if (Py_TYPE(o)->tp_as_number && Py_TYPE(o)->tp_as_number->nb_index && !PyFloat_Check(o)) {
      number = detail::checked(PyNumber_Index(o));  // numpy integers
    } else {
      detail::raise_wrong_type(o, where, name());
    }
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(number, &overflow);
    Py_DECREF(number);
    if (overflow != 0) raise_too_large(where);
    if (v == -1 && PyErr_Occurred()) throw error_already_set{};
    return static_cast<std::int64_t>(v);
  }
  static PyObject* to(std::int64_t v) { return detail::checked(PyLong_FromLongLong(v)); }

 private:
  [[noreturn, gnu::cold]] static void raise_too_large(const argument_context& where) {
    raise(exception_kind::OverflowError, where.describe() + ": Python int too large to convert to a 64-bit int");
  }
};

template <>
struct converter<double> {
  static std::string name() { return "float"; }
  static double from(PyObject* o, const argument_context& where) {
    if (PyFloat_Check(o)) return PyFloat_AS_DOUBLE(o);
    if (PyLong_Check(o)) return long_to_double(o, where);
    PyNumberMethods* nb = Py_TYPE(o)->tp_as_number;
    if (nb && nb->nb_index && !nb->nb_float) {  // numpy integers
      PyObject* index = detail::checked(PyNumber_Index(o));
      double d = long_to_double(index, where);
      Py_DECREF(index);
      return d;
    }
    if (nb && nb->nb_float && !PyComplex_Check(o) && !detail::is_numpy_instance(o, "complexfloating")) {
      double d = PyFloat_AsDouble(o);
      if (d == -1.0 && PyErr_Occurred()) throw error_already_set{};
      return d;
    }
    detail::raise_wrong_type(o, where, name());
  }
  static PyObject* to(double v) { return detail::checked(PyFloat_FromDouble(v)); }

 private:
  static double long_to_double(PyObject* o, const argument_context& where) {
    double d = PyLong_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_OverflowError)) throw error_already_set{};
      PyErr_Clear();
      raise(exception_kind::OverflowError, where.describe() + ": int too large to convert to float");
    }
    return d;
  }
};

template <>
struct converter<bool> {
  static std::string name() { return "bool"; }
  static bool from(PyObject* o, const argument_context& where) {
    if (o == Py_True) return true;
    if (o == Py_False) return false;
    if (detail::is_numpy_instance(o, "bool_")) {
      int r = PyObject_IsTrue(o);
      if (r < 0) throw error_already_set{};
      return r == 1;
    }
    detail::raise_wrong_type(o, where, name());
  }
  static PyObject* to(bool v) { return Py_NewRef(v ? Py_True : Py_False); }
};

template <>
struct converter<std::complex<double>> {
  static std::string name() { return "complex"; }
  static std::complex<double> from(PyObject* o, const argument_context& where) {
    if (PyFloat_Check(o)) return {PyFloat_AS_DOUBLE(o), 0.0};
    if (PyLong_Check(o)) return {converter<double>::from(o, where), 0.0};
    PyNumberMethods* nb = Py_TYPE(o)->tp_as_number;
    bool has_complex =
        PyComplex_Check(o) || PyObject_HasAttrString(reinterpret_cast<PyObject*>(Py_TYPE(o)), "__complex__");
    if (has_complex || (nb && (nb->nb_float || nb->nb_index))) {
      Py_complex c = PyComplex_AsCComplex(o);
      if (c.real == -1.0 && PyErr_Occurred()) throw error_already_set{};
      return {c.real, c.imag};
    }
    detail::raise_wrong_type(o, where, name());
  }
  static PyObject* to(const std::complex<double>& v) {
    return detail::checked(PyComplex_FromDoubles(v.real(), v.imag()));
  }
};

template <>
struct converter<none_t> {
  static std::string name() { return "None"; }
  static none_t from(PyObject* o, const argument_context& where) {
    if (o != Py_None) detail::raise_wrong_type(o, where, name());
    return none;
  }
  static PyObject* to(none_t) { return Py_NewRef(Py_None); }
};

// A caught exception returned to Python (`except ValueError as e: return e`): a new
// exception object of its class with its message (and __cause__). Never a parameter type.
template <>
struct converter<python_error> {
  static std::string name() { return "BaseException"; }
  static PyObject* to(const python_error& e) {
    PyObject* exception = exception_object(e);
    if (!exception) throw error_already_set();
    return exception;
  }
};

template <class... T>
struct converter<std::tuple<T...>> {
  static std::string name() {
    if constexpr (sizeof...(T) == 0) {
      return "tuple[()]";
    } else {
      std::string s = "tuple[";
      std::size_t i = 0;
      ((s += (i++ ? ", " : ""), s += type_name<T>()), ...);
      return s + "]";
    }
  }
  static std::tuple<T...> from(PyObject* o, const argument_context& where) {
    if (!PyTuple_Check(o)) detail::raise_wrong_type(o, where, name());
    Py_ssize_t n = PyTuple_GET_SIZE(o);
    if (n != static_cast<Py_ssize_t>(sizeof...(T)))
      raise(exception_kind::TypeError, where.describe() + " must be a tuple of length " +
                                           std::to_string(sizeof...(T)) + ", not " + std::to_string(n));
    return elements(o, where, std::index_sequence_for<T...>{});
  }
  static PyObject* to(const std::tuple<T...>& v) {
    PyObject* t = detail::checked(PyTuple_New(sizeof...(T)));
    try {
      fill(t, v, std::index_sequence_for<T...>{});
    } catch (...) {
      Py_DECREF(t);
      throw;
    }
    return t;
  }

 private:
  template <std::size_t... I>
  static std::tuple<T...> elements(PyObject* o, const argument_context& where, std::index_sequence<I...>) {
    // Braced init: elements convert left to right, so the first bad element is the one named.
    return std::tuple<T...>{from_python<T>(PyTuple_GET_ITEM(o, I), where.element(I))...};
  }
  template <std::size_t... I>
  static void fill(PyObject* t, const std::tuple<T...>& v, std::index_sequence<I...>) {
    (PyTuple_SET_ITEM(t, I, to_python(std::get<I>(v))), ...);
  }
};

// `X | None` / `Optional[X]`: None <-> std::nullopt, anything else as X. A wrong type names
// the whole annotation: "f() argument 'x' must be int | None, not str".
template <class T>
struct converter<std::optional<T>> {
  static std::string name() { return type_name<T>() + " | None"; }
  static std::optional<T> from(PyObject* o, const argument_context& where) {
    if (o == Py_None) return std::nullopt;
    try {
      return converter<T>::from(o, where);
    } catch (const python_error& e) {
      if (e.kind() != exception_kind::TypeError || e.message() != wrong_type_message(o, where)) throw;
      detail::raise_wrong_type(o, where, name());
    }
  }
  static PyObject* to(const std::optional<T>& v) { return v ? to_python<T>(*v) : Py_NewRef(Py_None); }

 private:
  static std::string wrong_type_message(PyObject* o, const argument_context& where) {
    return where.describe() + " must be " + type_name<T>() + ", not " + Py_TYPE(o)->tp_name;
  }
};

}  // namespace pycxx::python
