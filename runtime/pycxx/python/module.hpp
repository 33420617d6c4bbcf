// Defining the extension module: exported functions as METH_FASTCALL | METH_KEYWORDS
// methods (vectorcall, no argument tuple), docstrings carrying __text_signature__ so
// inspect.signature() and help() show the Python signature, module attributes for the
// module-level constants, and call_exported: the frame of every exported function's wrapper.
// Neighbours: arguments.hpp (binding), convert.hpp (results), errors.hpp (exceptions), gil.hpp.
//
// Generated code for `def fib(n: int) -> int: "Fibonacci."` in module `recursion`:
//
//   #include "pycxx/python/module.hpp"
//   namespace {
//   constexpr const char* fib_parameters[] = {"n"};
//   constexpr pycxx::python::signature fib_signature{"fib", fib_parameters, 1};
//   PyObject* fib_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
//     return pycxx::python::call_exported<1>(fib_signature, args, nargs, kwnames,
//         [](const pycxx::python::bound_arguments<1>& a) {
//           std::int64_t n = a.get<std::int64_t>(0);
//           pycxx::python::gil_release nogil;   // only if the body touches no Python object
//           return fib(n);                      // any C++ type with a converter; void -> None
//         });
//   }
//   PyMethodDef methods[] = {
//       pycxx::python::method("fib", fib_wrapper, "fib($module, /, n)\n--\n\nFibonacci."),
//       pycxx::python::method_table_end(),
//   };
//   PyModuleDef module_def = pycxx::python::module_definition("recursion", "Module docstring.", methods);
//   }  // namespace
//   PyMODINIT_FUNC PyInit_recursion() {
//     return pycxx::python::create_module(&module_def, [](PyObject* m) {
//       pycxx::python::add_attribute(m, "LIMIT", std::int64_t{100});   // module-level constants
//     });
//   }
//
// The docstring is "NAME($module, /, PARAMS)\n--\n\nDOC": CPython splits it into
// __text_signature__ "($module, /, n, x=2.5)" (defaults as Python literals) and __doc__ DOC
// (None when DOC is empty, as for a def without docstring). A module docstring may be nullptr.
#pragma once

#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

#include "pycxx/python/arguments.hpp"
#include "pycxx/python/convert.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"
#include "pycxx/python/gil.hpp"

namespace pycxx::python {

using fastcall_function = PyObject* (*)(PyObject*, PyObject* const*, Py_ssize_t, PyObject*);

inline PyMethodDef method(const char* name, fastcall_function function, const char* doc) {
  // PyMethodDef stores every calling convention as PyCFunction; METH_FASTCALL|METH_KEYWORDS
  // tells CPython the real type. The cast through void(*)() silences -Wcast-function-type.
  return {name, reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(function)), METH_FASTCALL | METH_KEYWORDS,
          doc};
}

inline PyMethodDef method_table_end() { return {nullptr, nullptr, 0, nullptr}; }

inline PyModuleDef module_definition(const char* name, const char* doc, PyMethodDef* methods) {
  return {PyModuleDef_HEAD_INIT, name, doc, -1, methods, nullptr, nullptr, nullptr, nullptr};
}

// Binds and converts the arguments, runs `body` and converts its result (void -> None).
// Every C++ exception becomes the Python exception (errors.hpp); returns nullptr then.
template <std::size_t N, class Body>
PyObject* call_exported(const signature& sig, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                        Body&& body) noexcept {
  return guarded([&]() -> PyObject* {
    bound_arguments<N> bound(sig, args, nargs, kwnames);
    using result_type = decltype(body(bound));
    if constexpr (std::is_void_v<result_type>) {
      body(bound);
      return Py_NewRef(Py_None);
    } else if constexpr (std::is_same_v<result_type, PyObject*>) {
      return body(bound);  // a function with several compiled forms converted the result itself
    } else {
      return to_python<std::decay_t<result_type>>(body(bound));
    }
  });
}

// Sets a module attribute from a C++ value (a module-level constant). Throws on failure.
template <class T>
void add_attribute(PyObject* module, const char* name, const T& value) {
  PyObject* object = to_python<T>(value);
  if (PyModule_AddObject(module, name, object) < 0) {  // steals `object` only on success
    Py_DECREF(object);
    throw error_already_set{};
  }
}

// A module-level value that may raise (a constant `A = 1 // 0`, a parameter's default `b: int =
// 2 ** 70`) is computed once, when the module is loaded (dynamic initialisation, before
// PyInit_<module> runs), as CPython computes it once at import or at `def`. An exception must
// not escape static initialisation (std::terminate): the first one is kept in `error`, the
// later values are not computed (CPython stops at the first), and PyInit_<module> raises it
// from the import (raise_module_error).
template <class T, class Compute>
T module_value(std::exception_ptr& error, Compute&& compute) noexcept {
  if (!error) {
    try {
      return compute();
    } catch (...) {
      error = std::current_exception();
    }
  }
  return T{};
}

// PyInit_<module>'s answer when module-level code raised: nullptr with that Python exception set.
inline PyObject* raise_module_error(const std::exception_ptr& error) noexcept {
  return guarded([&]() -> PyObject* { std::rethrow_exception(error); });
}

// Creates the module, then lets `init(module)` add its attributes; nullptr with the
// Python error set if anything fails (the import then raises it).
template <class Init>
PyObject* create_module(PyModuleDef* definition, Init&& init) noexcept {
  PyObject* module = PyModule_Create(definition);
  if (!module) return nullptr;
  PyObject* result = guarded([&]() -> PyObject* {
    init(module);
    return module;
  });
  if (!result) Py_DECREF(module);
  return result;
}

inline PyObject* create_module(PyModuleDef* definition) noexcept { return PyModule_Create(definition); }

// PEP 489 multi-phase initialisation, which CPython requires of a module whose name is not
// ASCII (its init function is PyInitU_<punycode>): `init` runs as the Py_mod_exec slot.
// One compiled module per shared object, so one static slot table.
namespace detail {
inline void (*module_exec_init)(PyObject*) = nullptr;
inline int module_exec(PyObject* module) noexcept {
  PyObject* done = guarded([&]() -> PyObject* {
    if (module_exec_init) module_exec_init(module);
    return module;
  });
  return done ? 0 : -1;
}
}  // namespace detail

inline PyObject* create_module_multiphase(PyModuleDef* definition, void (*init)(PyObject*) = nullptr) noexcept {
  static PyModuleDef_Slot slots[] = {{Py_mod_exec, reinterpret_cast<void*>(&detail::module_exec)}, {0, nullptr}};
  detail::module_exec_init = init;
  definition->m_size = 0;
  definition->m_slots = slots;
  return PyModuleDef_Init(definition);
}

}  // namespace pycxx::python
