// A compiled generator returned to Python: a small iterator type (pycxx.generator) owning the
// C++20 coroutine (../generator.hpp). Each __next__ resumes the body up to its next yield,
// holding the GIL, and converts the item at the boundary; the end is StopIteration; an
// exception the body raises reaches the caller with its Python type, and the generator is
// then finished, as CPython's. The arguments of the call are kept alive as long as the
// iterator: the coroutine may hold views of their data (an array argument). close() and
// throw() are a Python generator's (generator.hpp). A list, dict or set argument is written
// back after each resume, when the body has run (never at the call, before it has).
// Neighbours: module.hpp (call_exported), convert.hpp (items), errors.hpp (exceptions).
//
// Generated code (`def gen(n: int) -> Iterator[int]` exported):
//   return pycxx::python::generator_object<std::int64_t>(pycxx_module_m::gen(n), args, nargs, kwnames);
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <utility>

#include "pycxx/generator.hpp"
#include "pycxx/python/convert.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"

namespace pycxx::python {

namespace detail {

// The coroutine behind the Python object, its item type erased.
struct generator_body {
  virtual ~generator_body() = default;
  // A new reference to the next item converted to Python, or null at the end (no error set);
  // throws what the body raises.
  virtual PyObject* next() = 0;
  // gen.throw(e) and gen.close() (generator.hpp); throw_in answers as next() does.
  virtual PyObject* throw_in(std::exception_ptr e) = 0;
  virtual void close() = 0;
  // Writes the container arguments back into the caller's objects (after each resume).
  std::function<void()> write_back;
};

template <class Boundary, class T>
struct typed_generator_body final : generator_body {
  explicit typed_generator_body(generator<T> g) : gen(std::move(g)) {}
  PyObject* next() override { return item(gen.next()); }
  PyObject* throw_in(std::exception_ptr e) override { return item(gen.throw_in(std::move(e))); }
  void close() override { gen.close(); }
  static PyObject* item(T* item) {
    if (!item) return nullptr;
    if constexpr (std::is_same_v<Boundary, T>) return to_python<T>(*item);
    else return to_python<Boundary>(Boundary(*item));  // a numpy scalar item goes back as one
  }
  generator<T> gen;
};

struct generator_object_layout {
  PyObject_HEAD
  generator_body* body;
  PyObject* arguments;  // a tuple of the call's argument objects, kept alive
};

inline void generator_dealloc(PyObject* self) {
  auto* o = reinterpret_cast<generator_object_layout*>(self);
  delete o->body;  // destroys the coroutine frame (its locals) if it has not finished
  Py_XDECREF(o->arguments);
  PyTypeObject* type = Py_TYPE(self);
  type->tp_free(self);
  Py_DECREF(type);  // instances of a heap type hold a reference to it
}

// Resumes the body by `step` (next, throw or close), then writes the container arguments
// back, also when the body raised (as CPython's caller sees mutations made before a raise).
template <class Step>
PyObject* resume(generator_object_layout* o, Step&& step) {
  PyObject* item = guarded([&]() -> PyObject* {
    struct after {
      generator_body* body;
      ~after() {
        if (!body->write_back) return;
        PyObject *type = nullptr, *value = nullptr, *traceback = nullptr;
        PyErr_Fetch(&type, &value, &traceback);  // a write-back error never replaces the body's
        try {
          body->write_back();
        } catch (...) {
        }
        PyErr_Clear();
        PyErr_Restore(type, value, traceback);
      }
    } write_back{o->body};
    return step(o->body);
  });
  if (!item) {  // finished, or raised: never resumed again (CPython's generator is done after either)
    delete std::exchange(o->body, nullptr);
    Py_CLEAR(o->arguments);
  }
  return item;
}

inline PyObject* generator_next(PyObject* self) {
  auto* o = reinterpret_cast<generator_object_layout*>(self);
  if (!o->body) return nullptr;
  return resume(o, [](generator_body* body) { return body->next(); });
}

// The C++ exception gen.throw(...) raises inside the body: the Python exception as a
// python_error of its most derived builtin class (its except clauses match it as CPython's
// would), keeping the object, which reaches the caller unchanged if the body does not catch it.
inline std::exception_ptr thrown_exception(PyObject* exception) {
  return std::make_exception_ptr(python_error_from_python(exception));
}

// gen.throw(value) / gen.throw(type[, value[, traceback]]), as CPython's.
inline PyObject* generator_throw(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  if (nargs < 1 || nargs > 3) {
    PyErr_Format(PyExc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
    return nullptr;
  }
  PyObject* exception = nullptr;
  if (PyExceptionInstance_Check(args[0])) {
    if (nargs > 1 && args[1] != Py_None) {
      PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
      return nullptr;
    }
    exception = Py_NewRef(args[0]);
  } else if (PyExceptionClass_Check(args[0])) {
    PyObject* value = nargs > 1 ? args[1] : Py_None;
    exception = value == Py_None ? PyObject_CallNoArgs(args[0]) : PyObject_CallOneArg(args[0], value);
    if (!exception) return nullptr;
  } else {
    PyErr_Format(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 Py_TYPE(args[0])->tp_name);
    return nullptr;
  }
  auto* o = reinterpret_cast<generator_object_layout*>(self);
  std::exception_ptr thrown = thrown_exception(exception);
  Py_DECREF(exception);
  if (!o->body) {  // finished: the exception is raised right away
    PyObject* item = guarded([&]() -> PyObject* { std::rethrow_exception(thrown); });
    return item;
  }
  PyObject* item = resume(o, [&](generator_body* body) { return body->throw_in(thrown); });
  if (!item && !PyErr_Occurred()) PyErr_SetNone(PyExc_StopIteration);  // the body ended
  return item;
}

inline PyObject* generator_close(PyObject* self, PyObject*) {
  auto* o = reinterpret_cast<generator_object_layout*>(self);
  if (!o->body) Py_RETURN_NONE;
  PyObject* done = resume(o, [](generator_body* body) -> PyObject* {
    body->close();
    return nullptr;  // finished either way
  });
  if (!done && PyErr_Occurred()) return nullptr;
  Py_RETURN_NONE;
}

// A heap type made once per module from its spec (the module's own copy of this header).
inline PyTypeObject* generator_type() {
  static PyMethodDef methods[] = {
      {"throw", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(generator_throw)), METH_FASTCALL,
       "throw(value) or throw(type[, value[, traceback]]): raise it inside the generator, return its next item."},
      {"close", generator_close, METH_NOARGS, "close(): raise GeneratorExit inside the generator."},
      {nullptr, nullptr, 0, nullptr},
  };
  static PyType_Slot slots[] = {
      {Py_tp_dealloc, reinterpret_cast<void*>(generator_dealloc)},
      {Py_tp_methods, methods},
      {Py_tp_iter, reinterpret_cast<void*>(PyObject_SelfIter)},
      {Py_tp_iternext, reinterpret_cast<void*>(generator_next)},
      {Py_tp_doc, const_cast<char*>("A compiled generator: iterate over it once, as over a Python generator.")},
      {0, nullptr},
  };
  static PyType_Spec spec = {"pycxx.generator", sizeof(generator_object_layout), 0, Py_TPFLAGS_DEFAULT, slots};
  static PyObject* type = PyType_FromSpec(&spec);  // kept for the module's lifetime
  if (!type) throw error_already_set();
  return reinterpret_cast<PyTypeObject*>(type);
}

}  // namespace detail

// The Python iterator over `g` (a new reference; throws on failure). `Boundary` is the item
// type as it goes back to Python (numpy_value<double> for numpy.float64 items, else T).
template <class Boundary, class T>
PyObject* generator_object(generator<T> g, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                           std::function<void()> write_back = {}) {
  Py_ssize_t count = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
  PyObject* arguments = PyTuple_New(count);
  if (!arguments) throw error_already_set();
  for (Py_ssize_t i = 0; i < count; ++i) PyTuple_SET_ITEM(arguments, i, Py_NewRef(args[i]));
  PyTypeObject* type = detail::generator_type();
  auto* o = PyObject_New(detail::generator_object_layout, type);
  if (!o) {
    Py_DECREF(arguments);
    throw error_already_set();
  }
  o->arguments = arguments;
  o->body = nullptr;
  try {
    o->body = new detail::typed_generator_body<Boundary, T>(std::move(g));
    o->body->write_back = std::move(write_back);
  } catch (...) {
    Py_DECREF(reinterpret_cast<PyObject*>(o));
    throw;
  }
  return reinterpret_cast<PyObject*>(o);
}

}  // namespace pycxx::python
