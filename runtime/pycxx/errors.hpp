// Errors in compiled code are C++ exceptions of one type, python_error, carrying the
// Python exception class (exception_kind.def) and the message. The CPython boundary
// (runtime/pycxx/python/) turns one into the same Python exception; compiled
// try/except matches on the kind with is_subclass(). The runtime never touches Python.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <utility>

namespace pycxx {

enum class exception_kind : std::uint8_t {
#define PYCXX_EXCEPTION(Name, Base) Name,
#include "pycxx/exception_kind.def"
};

constexpr std::string_view exception_name(exception_kind kind) {
  switch (kind) {
#define PYCXX_EXCEPTION(Name, Base) \
  case exception_kind::Name:        \
    return #Name;
#include "pycxx/exception_kind.def"
  }
  return "Exception";
}

constexpr exception_kind exception_base(exception_kind kind) {
  switch (kind) {
#define PYCXX_EXCEPTION(Name, Base) \
  case exception_kind::Name:        \
    return exception_kind::Base;
#include "pycxx/exception_kind.def"
  }
  return exception_kind::BaseException;
}

// Whether `kind` is `base` or derives from it (for `except base:`).
constexpr bool is_subclass(exception_kind kind, exception_kind base) {
  for (;;) {
    if (kind == base) return true;
    exception_kind parent = exception_base(kind);
    if (parent == kind) return false;
    kind = parent;
  }
}

class python_error : public std::exception {
 public:
  python_error(exception_kind kind, std::string message, bool message_is_repr = false)
      : kind_(kind), message_(std::move(message)), message_is_repr_(message_is_repr) {}
  exception_kind kind() const noexcept { return kind_; }
  const std::string& message() const noexcept { return message_; }
  const char* what() const noexcept override { return message_.c_str(); }
  // The message is the repr of the exception's one argument (a missing dict key: KeyError(k),
  // whose str is repr(k)); the boundary rebuilds the argument from it.
  bool message_is_repr() const noexcept { return message_is_repr_; }
  // A Python class that is no builtin, "module:name" (numpy's "numpy.exceptions:AxisError",
  // a subclass of ValueError and IndexError), or null: the boundary raises that class, while
  // compiled `except` matches kind(), the builtin base it is raised as.
  const char* python_class() const noexcept { return python_class_; }
  python_error& with_python_class(const char* module_and_name) noexcept {
    python_class_ = module_and_name;
    return *this;
  }

 private:
  exception_kind kind_;
  std::string message_;
  bool message_is_repr_ = false;
  const char* python_class_ = nullptr;
};

// Out of line and cold, so that the checks guarding a raise cost a compare and a branch.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise(exception_kind kind, std::string message) {
  throw python_error(kind, std::move(message));
}

}  // namespace pycxx
