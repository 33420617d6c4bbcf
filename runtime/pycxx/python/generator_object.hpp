// A compiled generator returned to Python: a small iterator type (pycxx.generator) owning the
// C++20 coroutine (../generator.hpp). Each __next__ resumes the body up to its next yield,
// holding the GIL, and converts the item at the boundary; the end is StopIteration; an
// exception the body raises reaches the caller with its Python type, and the generator is
// then finished, as CPython's. The arguments of the call are kept alive as long as the
// iterator: the coroutine may hold views of their data (an array argument).
// Neighbours: module.hpp (call_exported), convert.hpp (items), errors.hpp (exceptions).
//
// Generated code (`def gen(n: int) -> Iterator[int]` exported):
//   return pycxx::python::generator_object<std::int64_t>(pycxx_module_m::gen(n), args, nargs, kwnames);
#pragma once

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
};

template <class Boundary, class T>
struct typed_generator_body final : generator_body {
  explicit typed_generator_body(generator<T> g) : gen(std::move(g)) {}
  PyObject* next() override {
    T* item = gen.next();
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

inline PyObject* generator_next(PyObject* self) {
  auto* o = reinterpret_cast<generator_object_layout*>(self);
  if (!o->body) return nullptr;
  PyObject* item = guarded([&] { return o->body->next(); });
  if (!item) {  // finished, or raised: never resumed again (CPython's generator is done after either)
    delete std::exchange(o->body, nullptr);
    Py_CLEAR(o->arguments);
  }
  return item;
}

// A heap type made once per module from its spec (the module's own copy of this header).
inline PyTypeObject* generator_type() {
  static PyType_Slot slots[] = {
      {Py_tp_dealloc, reinterpret_cast<void*>(generator_dealloc)},
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
PyObject* generator_object(generator<T> g, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
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
  } catch (...) {
    Py_DECREF(reinterpret_cast<PyObject*>(o));
    throw;
  }
  return reinterpret_cast<PyObject*>(o);
}

}  // namespace pycxx::python
