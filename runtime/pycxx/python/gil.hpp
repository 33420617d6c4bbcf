// Releasing the GIL around compiled code that touches no Python object, so other Python
// threads run meanwhile. RAII: the GIL is taken back when the scope ends, also when a
// python_error unwinds through it (the boundary then sets the Python exception holding the GIL).
// Neighbours: module.hpp (call_exported, where generated wrappers use it).
//
// Generated code, inside the body lambda of pycxx::python::call_exported, after the arguments
// are converted and before the compiled call:
//   pycxx::python::gil_release nogil;
//   return fib(n);      // the result is converted to a Python object after the scope ends
#pragma once

#include "pycxx/python/cpython.hpp"

namespace pycxx::python {

class gil_release {
 public:
  gil_release() noexcept : state_(PyEval_SaveThread()) {}
  ~gil_release() { PyEval_RestoreThread(state_); }
  gil_release(const gil_release&) = delete;
  gil_release& operator=(const gil_release&) = delete;

 private:
  PyThreadState* state_;
};

}  // namespace pycxx::python
