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

// A Python exception object as a python_error (gen.throw(e), a Python call that raised): its
// kind is the most derived builtin class it is an instance of, so compiled `except` clauses
// match it as CPython's would, its message is str(e) (a KeyError's, repr(key)), and it keeps
// the object, which the boundary raises again unchanged (python_object(): its class, args and
// traceback). Needs the GIL; the reference is released under the GIL wherever the error dies.
inline python_error python_error_from_python(PyObject* exception) {
  exception_kind kind = kind_of(reinterpret_cast<PyObject*>(Py_TYPE(exception)));
  std::string message;
  if (PyObject* text = PyObject_Str(exception)) {
    if (const char* utf8 = PyUnicode_AsUTF8(text)) message = utf8;
    Py_DECREF(text);
  }
  PyErr_Clear();  // a str() that fails leaves the message empty
  python_error error(kind, std::move(message), /*message_is_repr=*/is_subclass(kind, exception_kind::KeyError));
  Py_INCREF(exception);
  error.with_python_object(std::shared_ptr<void>(exception, [](void* object) {
    PyGILState_STATE gil = PyGILState_Ensure();
    Py_DECREF(static_cast<PyObject*>(object));
    PyGILState_Release(gil);
  }));
  return error;
}

// The exception argument whose repr is `repr` (python_error::message_is_repr: a missing dict
// key), rebuilt with ast.literal_eval ("'ab'" -> 'ab', "5" -> 5, "(1, 'a')" -> (1, 'a'): keys
// are str, numbers and tuples of them, whose reprs are literals); a str if it is no literal.
// A new reference, or null with an error set.
inline PyObject* argument_from_repr(const std::string& repr) {
  if (repr == "nan" || repr == "inf" || repr == "-inf")  // float reprs that are no literals
    return PyFloat_FromDouble(repr == "nan" ? Py_NAN : repr == "inf" ? Py_HUGE_VAL : -Py_HUGE_VAL);
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

// The argument of the Python exception for `e` (new reference; null with no error set when
// it has none, null with the error set on failure).
inline PyObject* exception_argument(const python_error& e) {
  if (e.message_is_repr()) return argument_from_repr(e.message());
  if (e.message().empty()) return nullptr;
  return PyUnicode_FromStringAndSize(e.message().data(), static_cast<Py_ssize_t>(e.message().size()));
}

// A new Python exception object for `e` (its class called with its argument), with its
// __cause__ (and __suppress_context__) set as `raise ... from` does and its __context__
// (ending with the exception a Python caller is handling, if any); null with the Python
// error set when that fails.
inline PyObject* exception_object(const python_error& e) {
  if (e.python_object()) return Py_NewRef(static_cast<PyObject*>(e.python_object().get()));
  PyObject* exception = nullptr;
  if (e.has_arg_reprs()) {  // several arguments, or one that is no str: e.args rebuilt from their reprs
    PyObject* args = PyTuple_New(static_cast<Py_ssize_t>(e.arg_reprs().size()));
    if (!args) return nullptr;
    for (std::size_t i = 0; i < e.arg_reprs().size(); ++i) {
      PyObject* item = argument_from_repr(e.arg_reprs()[i]);
      if (!item) {
        Py_DECREF(args);
        return nullptr;
      }
      PyTuple_SET_ITEM(args, static_cast<Py_ssize_t>(i), item);
    }
    exception = PyObject_Call(exception_type(e.kind()), args, nullptr);
    Py_DECREF(args);
  } else {
    PyObject* argument = exception_argument(e);
    if (!argument && PyErr_Occurred()) return nullptr;
    exception = argument ? PyObject_CallOneArg(exception_type(e.kind()), argument)
                         : PyObject_CallNoArgs(exception_type(e.kind()));
    Py_XDECREF(argument);
  }
  if (!exception) return nullptr;
  if (e.suppress_context()) {
    PyObject* cause = nullptr;
    if (e.cause() && !(cause = exception_object(*e.cause()))) {
      Py_DECREF(exception);
      return nullptr;
    }
    PyException_SetCause(exception, cause);  // steals `cause`; sets __suppress_context__
  }
  // Raised in compiled code while a Python caller was handling an exception: as in CPython,
  // the end of the context chain is that exception.
  PyObject* context = e.context() ? exception_object(*e.context()) : PyErr_GetHandledException();
  if (e.context() && !context) {
    Py_DECREF(exception);
    return nullptr;
  }
  if (context) PyException_SetContext(exception, context);  // steals `context`
  return exception;
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
    if (e.python_object()) {  // it came from Python: raised again as it was
      auto* exception = static_cast<PyObject*>(e.python_object().get());
      PyErr_Restore(Py_NewRef(reinterpret_cast<PyObject*>(Py_TYPE(exception))), Py_NewRef(exception),
                    PyException_GetTraceback(exception));
      return;
    }
    // `raise KeyError` (no message) must give KeyError() whose str is '', not KeyError('')
    // whose str is "''": an empty message means no arguments.
    if (e.python_class()) {  // a class that is no builtin (numpy's AxisError)
      PyObject* cls = named_exception_class(e.python_class(), exception_type(e.kind()));
      PyErr_SetString(cls, e.message().c_str());
      Py_DECREF(cls);
      return;
    }
    if (!e.cause() && !e.suppress_context() && !e.context() && !e.message_is_repr() && !e.has_arg_reprs()) {
      if (e.message().empty()) PyErr_SetNone(exception_type(e.kind()));
      else PyErr_SetString(exception_type(e.kind()), e.message().c_str());
      return;
    }
    // An argument rebuilt from its repr (a KeyError's key: called with it as the one
    // argument, so a tuple key stays one), `raise ... from`, or raised while handling
    // another: the exception object.
    // (Its context is set: PyErr_SetObject would replace a compiled context by the exception
    // a Python caller is handling, which is further out; CPython's chaining takes the innermost.)
    if (PyObject* exception = exception_object(e))
      PyErr_Restore(Py_NewRef(exception_type(e.kind())), exception, nullptr);
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
