// Turning C++ exceptions into Python exceptions at the boundary, and back. A python_error
// (pycxx/errors.hpp) becomes PyExc_<kind> with the same message; std::bad_alloc becomes
// MemoryError; any other C++ exception a SystemError with its what(). error_already_set is
// thrown by boundary code when a CPython call failed and already set the Python error.
// Neighbours: ../errors.hpp + ../exception_kind.def (the contract), module.hpp (uses this).
#pragma once

#include <exception>
#include <new>
#include <string>

#include "pycxx/errors.hpp"
#include "pycxx/python/cpython.hpp"

namespace pycxx::python {

// A CPython API call failed and set the Python error indicator: unwind, keep that error.
struct error_already_set : std::exception {
  const char* what() const noexcept override { return "a Python exception is set"; }
};

// The Python class of each exception_kind (every row of exception_kind.def).
inline PyObject* exception_type(exception_kind kind) {
  switch (kind) {
#define PYCXX_EXCEPTION(Name, Base) \
  case exception_kind::Name:        \
    return PyExc_##Name;
#include "pycxx/exception_kind.def"
  }
  return PyExc_SystemError;
}

// The exception_kind of a Python exception class, for turning a Python error raised by a
// CPython call into a python_error (the most derived row of exception_kind.def it is a subclass of).
inline exception_kind kind_of(PyObject* type) {
  exception_kind best = exception_kind::BaseException;
#define PYCXX_EXCEPTION(Name, Base)                                                       \
  if (PyErr_GivenExceptionMatches(type, PyExc_##Name) && is_subclass(exception_kind::Name, best)) \
    best = exception_kind::Name;
#include "pycxx/exception_kind.def"
  return best;
}

// The exception argument whose repr is `repr` (python_error::message_is_repr: a missing dict
// key), rebuilt with ast.literal_eval ("'ab'" -> 'ab', "5" -> 5, "(1, 'a')" -> (1, 'a'): keys
// are str, numbers and tuples of them, whose reprs are literals); a str if it is no literal.
// A new reference, or null with an error set.
inline PyObject* argument_from_repr(const std::string& repr) {
  PyObject* text = PyUnicode_FromStringAndSize(repr.data(), static_cast<Py_ssize_t>(repr.size()));
  if (!text) return nullptr;
  PyObject* ast = PyImport_ImportModule("ast");
  PyObject* value = ast ? PyObject_CallMethod(ast, "literal_eval", "O", text) : nullptr;
  Py_XDECREF(ast);
  if (!value) {
    PyErr_Clear();
    return text;
  }
  Py_DECREF(text);
  return value;
}

// The class named "module:name" (python_error::python_class), a new reference; the builtin
// `fallback` if the module cannot be imported (numpy's AxisError, with numpy always loaded).
inline PyObject* named_exception_class(const char* module_and_name, PyObject* fallback) {
  std::string text(module_and_name);
  std::size_t colon = text.find(':');
  PyObject* module = PyImport_ImportModule(text.substr(0, colon).c_str());
  PyObject* cls = module ? PyObject_GetAttrString(module, text.c_str() + colon + 1) : nullptr;
  Py_XDECREF(module);
  if (!cls) {
    PyErr_Clear();
    Py_INCREF(fallback);
    return fallback;
  }
  return cls;
}

// Sets the Python error for the exception being handled. Call only inside a catch block.
[[gnu::cold]] inline void set_error_from_current_exception() noexcept {
  try {
    throw;
  } catch (const python_error& e) {
    // `raise KeyError` (no message) must give KeyError() whose str is '', not KeyError('')
    // whose str is "''": an empty message means no arguments.
    if (e.python_class()) {
      PyObject* cls = named_exception_class(e.python_class(), exception_type(e.kind()));
      PyErr_SetString(cls, e.message().c_str());
      Py_DECREF(cls);
    } else if (e.message_is_repr()) {
      if (PyObject* argument = argument_from_repr(e.message())) {
        PyErr_SetObject(exception_type(e.kind()), argument);
        Py_DECREF(argument);
      }
    } else if (e.message().empty()) {
      PyErr_SetNone(exception_type(e.kind()));
    } else {
      PyErr_SetString(exception_type(e.kind()), e.message().c_str());
    }
  } catch (const error_already_set&) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "error_already_set without a Python error");
  } catch (const std::bad_alloc&) {
    PyErr_NoMemory();
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_SystemError, e.what());
  } catch (...) {
    PyErr_SetString(PyExc_SystemError, "unknown C++ exception in compiled code");
  }
}

// Runs `body` (returning a new reference or nullptr with an error set); any C++ exception
// becomes the Python error and nullptr. The frame every generated entry point runs in.
template <class Body>
PyObject* guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    set_error_from_current_exception();
    return nullptr;
  }
}

}  // namespace pycxx::python
