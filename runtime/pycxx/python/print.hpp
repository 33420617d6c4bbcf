// print() of compiled code: writes through Python's sys.stdout (as CPython's print does), so
// output interleaves correctly with the interpreter's and follows redirections
// (contextlib.redirect_stdout, pytest's capture). Takes the GIL for the write if the
// compiled code released it. Values are formatted by pycxx::to_str (scalar/format.hpp).
// Neighbours: ../scalar/format.hpp (str/repr), gil.hpp, errors.hpp.
//
// Generated code:
//   print(a, b)                    -> pycxx::python::print_with(pycxx::str(" "), pycxx::str("\n"), a, b);
//   print(a, b, sep=", ", end="")  -> pycxx::python::print_with(sep, end, a, b);
// (sema: compiler/sema/infer_print.cpp; print returns None, so it is also an expression.)
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "pycxx/containers/str.hpp"
#include "pycxx/python/cpython.hpp"
#include "pycxx/python/errors.hpp"
#include "pycxx/scalar/format.hpp"
#include "pycxx/scalar/none.hpp"

namespace pycxx::python {

// Writes UTF-8 text to sys.stdout. Throws error_already_set if sys.stdout is missing or
// its write() raised (CPython: RuntimeError "lost sys.stdout", or write()'s own exception);
// writes nothing when sys.stdout is None, as CPython's print.
inline void write_stdout(std::string_view text) {
  PyGILState_STATE gil = PyGILState_Ensure();
  bool ok = false;
  PyObject* out = PySys_GetObject("stdout");  // borrowed
  if (out == Py_None) {
    ok = true;
  } else if (!out) {
    PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
  } else if (PyObject* s = PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()))) {
    ok = PyFile_WriteObject(s, out, Py_PRINT_RAW) == 0;
    Py_DECREF(s);
  }
  PyGILState_Release(gil);
  if (!ok) throw error_already_set{};
}

// str(x) of one argument: text (a literal, a std::string_view) as it is, else pycxx::to_str.
template <class T>
std::string print_text(const T& x) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) return std::string(std::string_view(x));
  else return to_str(x);
}

// sep and end are a pycxx::str or text.
template <class Sep, class End, class... T>
none_t print_with(const Sep& sep, const End& end, const T&... values) {
  std::string line;
  std::size_t i = 0;
  ((line += (i++ ? print_text(sep) : std::string()), line += print_text(values)), ...);
  line += print_text(end);
  write_stdout(line);
  return none;
}

template <class... T>
none_t print(const T&... values) {
  return print_with(std::string_view(" "), std::string_view("\n"), values...);
}

}  // namespace pycxx::python
