// Binding a vectorcall (METH_FASTCALL | METH_KEYWORDS) call to the parameters of an exported
// function as CPython binds a Python function's: positional, then keywords, then defaults,
// with CPython 3.11's exact TypeError messages ("fib() missing 1 required positional
// argument: 'n'", "... takes 1 positional argument but 2 were given", "... got an
// unexpected keyword argument 'x'", "... got multiple values for argument 'n'").
// Neighbours: convert.hpp (per-parameter conversion), module.hpp (call_exported).
//
// Generated code, per exported function (parameters with defaults come last, as in Python):
//   constexpr const char* scale_parameters[] = {"x", "factor"};
//   constexpr pycxx::python::signature scale_signature{"scale", scale_parameters, /*required=*/1};
//   ... inside call_exported's body, `a` is a bound_arguments<2>:
//   double x = a.get<double>(0);                  // required parameter
//   double factor = a.get_or<double>(1, 2.0);     // default used when not passed
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <string>

#include "pycxx/errors.hpp"
#include "pycxx/python/convert.hpp"
#include "pycxx/python/cpython.hpp"

namespace pycxx::python {

struct signature {
  const char* name;                // the function's Python name, for messages
  const char* const* parameters;   // UTF-8 parameter names, in order
  std::size_t count;               // number of parameters
  std::size_t required;            // the first `required` have no default

  constexpr explicit signature(const char* function_name)
      : name(function_name), parameters(nullptr), count(0), required(0) {}
  template <std::size_t N>
  constexpr signature(const char* function_name, const char* const (&names)[N], std::size_t required_count)
      : name(function_name), parameters(names), count(N), required(required_count) {}
};

namespace detail {
[[noreturn, gnu::cold]] inline void raise_too_many_positional(const signature& sig, Py_ssize_t given) {
  std::string takes;
  bool plural = true;
  if (sig.required < sig.count) {
    takes = "from " + std::to_string(sig.required) + " to " + std::to_string(sig.count);
  } else {
    takes = std::to_string(sig.count);
    plural = sig.count != 1;
  }
  raise(exception_kind::TypeError, std::string(sig.name) + "() takes " + takes + " positional argument" +
                                       (plural ? "s" : "") + " but " + std::to_string(given) + " " +
                                       (given == 1 ? "was" : "were") + " given");
}

[[noreturn, gnu::cold]] inline void raise_missing(const signature& sig, PyObject* const* slots) {
  std::string names;
  std::size_t missing = 0;
  for (std::size_t i = 0; i < sig.required; ++i)
    if (!slots[i]) ++missing;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < sig.required; ++i) {
    if (slots[i]) continue;
    ++seen;
    if (seen > 1) names += missing == 2 ? " and " : (seen == missing ? ", and " : ", ");
    names += std::string("'") + sig.parameters[i] + "'";
  }
  raise(exception_kind::TypeError, std::string(sig.name) + "() missing " + std::to_string(missing) +
                                       " required positional argument" + (missing == 1 ? "" : "s") + ": " +
                                       names);
}

[[noreturn, gnu::cold]] inline void raise_keyword_error(const signature& sig, const char* what, PyObject* keyword) {
  const char* k = PyUnicode_AsUTF8(keyword);
  if (!k) throw error_already_set{};
  raise(exception_kind::TypeError, std::string(sig.name) + "() " + what + " '" + k + "'");
}
// What was passed, for a TypeError: the Python type's name; for an array also its dtype and
// number of dimensions ("numpy.ndarray[int32, 2-d]").
inline std::string describe(PyObject* o) {
  std::string name = Py_TYPE(o)->tp_name;
  if (name != "numpy.ndarray") return name;
  PyObject* dtype = PyObject_GetAttrString(o, "dtype");
  PyObject* dtype_text = dtype ? PyObject_Str(dtype) : nullptr;
  PyObject* ndim = PyObject_GetAttrString(o, "ndim");
  if (dtype_text && ndim) name += "[" + std::string(PyUnicode_AsUTF8(dtype_text)) + ", " + std::to_string(PyLong_AsLong(ndim)) + "-d]";
  Py_XDECREF(dtype);
  Py_XDECREF(dtype_text);
  Py_XDECREF(ndim);
  PyErr_Clear();
  return name;
}

}  // namespace detail

// Fills slots[0..sig.count) with borrowed references (nullptr: not passed, use the default).
// Throws python_error(TypeError) with CPython's message when the call does not fit.
inline void bind_arguments(const signature& sig, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                           PyObject** slots) {
  std::size_t positional = static_cast<std::size_t>(nargs) < sig.count ? static_cast<std::size_t>(nargs) : sig.count;
  for (std::size_t i = 0; i < positional; ++i) slots[i] = args[i];
  for (std::size_t i = positional; i < sig.count; ++i) slots[i] = nullptr;
  if (kwnames) {
    // CPython binds keywords before checking the positional count: its errors come first.
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t k = 0; k < nkw; ++k) {
      PyObject* key = PyTuple_GET_ITEM(kwnames, k);
      Py_ssize_t length;
      const char* name = PyUnicode_AsUTF8AndSize(key, &length);
      if (!name) throw error_already_set{};
      std::size_t j = 0;
      while (j < sig.count && !(std::strlen(sig.parameters[j]) == static_cast<std::size_t>(length) &&
                                std::memcmp(sig.parameters[j], name, static_cast<std::size_t>(length)) == 0))
        ++j;
      if (j == sig.count) detail::raise_keyword_error(sig, "got an unexpected keyword argument", key);
      if (slots[j]) detail::raise_keyword_error(sig, "got multiple values for argument", key);
      slots[j] = args[nargs + k];
    }
  }
  if (static_cast<std::size_t>(nargs) > sig.count) [[unlikely]]
    detail::raise_too_many_positional(sig, nargs);
  for (std::size_t i = 0; i < sig.required; ++i)
    if (!slots[i]) [[unlikely]]
      detail::raise_missing(sig, slots);
}

// The bound arguments of one call, converted on demand to the parameter types.
template <std::size_t N>
class bound_arguments {
 public:
  bound_arguments(const signature& sig, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames)
      : sig_(sig) {
    bind_arguments(sig, args, nargs, kwnames, slots_.data());
  }

  // A required parameter (or one whose default the caller handles).
  template <class T>
  T get(std::size_t i) const {
    return from_python<T>(slots_[i], {sig_.name, sig_.parameters[i]});
  }

  // A parameter with a default: the default when the caller did not pass it.
  template <class T, class D>
  T get_or(std::size_t i, D&& default_value) const {
    if (!slots_[i]) return T(std::forward<D>(default_value));
    return from_python<T>(slots_[i], {sig_.name, sig_.parameters[i]});
  }

  // Whether parameter i was passed (positionally or by keyword).
  bool passed(std::size_t i) const { return slots_[i] != nullptr; }
  // Whether argument i converts to T (a function with several compiled forms tries each):
  // a TypeError of the conversion means no; any other error is raised.
  template <class T>
  bool converts(std::size_t i) const {
    try {
      static_cast<void>(from_python<T>(slots_[i], {sig_.name, sig_.parameters[i]}));
      return true;
    } catch (const python_error& e) {
      if (e.kind() != exception_kind::TypeError) throw;
      return false;
    } catch (const error_already_set&) {
      if (!PyErr_ExceptionMatches(PyExc_TypeError)) throw;
      PyErr_Clear();
      return false;
    }
  }
  // No compiled form takes the arguments: TypeError naming what was passed and what is accepted.
  [[noreturn]] void raise_no_form(const char* accepted) const {
    std::string given;
    for (std::size_t i = 0; i < N; ++i) {
      if (!slots_[i]) continue;
      given += given.empty() ? "" : ", ";
      given += sig_.parameters[i];
      given += ": ";
      given += detail::describe(slots_[i]);
    }
    raise(exception_kind::TypeError, std::string(sig_.name) + "() has no compiled form for the arguments (" + given +
                                         "); it accepts:\n" + accepted);
  }
  // The borrowed object passed for parameter i (nullptr if not passed).
  PyObject* object(std::size_t i) const { return slots_[i]; }

 private:
  const signature& sig_;
  std::array<PyObject*, N> slots_{};
};

}  // namespace pycxx::python
