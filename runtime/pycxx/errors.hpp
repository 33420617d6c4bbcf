// Errors in compiled code are C++ exceptions of one type, python_error, carrying the
// Python exception class (exception_kind.def) and the message. The CPython boundary
// (runtime/pycxx/python/) turns one into the same Python exception; compiled
// try/except matches on the kind with is_subclass(). The runtime never touches Python.
#pragma once

#include <atomic>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

namespace detail {
inline std::atomic<std::uint64_t> next_error_identity{1};
}

// A Python exception as a value: its class, its message (the one argument; empty means
// none, as `raise KeyError` gives KeyError()), what `raise ... from` attached (the
// __cause__, or for `from None` none and __suppress_context__) and the __context__ (the
// exception being handled when it was raised). Cause and context are shared, as a value is
// copied when caught `as e` and raised again; copies keep one identity, so `raise e` inside
// the clause that caught e does not make e its own context. The boundary builds the chain.
class python_error : public std::exception {
 public:
  python_error() = default;  // a not yet bound `except ... as e` local
  python_error(exception_kind kind, std::string message, bool message_is_repr = false)
      : kind_(kind),
        message_(std::move(message)),
        message_is_repr_(message_is_repr),
        identity_(detail::next_error_identity.fetch_add(1)) {}
  // An exception with other arguments than one str (`ValueError("bad", n)`, `ValueError(5)`):
  // the repr of each, from which the boundary rebuilds e.args; str(e) is CPython's (the one
  // argument's str, which is its repr for the numbers, None and bool allowed; else the tuple's repr).
  python_error(exception_kind kind, std::vector<std::string> arg_reprs)
      : kind_(kind),
        message_(str_of_args(arg_reprs)),
        arg_reprs_(std::move(arg_reprs)),
        has_arg_reprs_(true),
        identity_(detail::next_error_identity.fetch_add(1)) {}
  exception_kind kind() const noexcept { return kind_; }
  bool has_arg_reprs() const noexcept { return has_arg_reprs_; }
  const std::vector<std::string>& arg_reprs() const noexcept { return arg_reprs_; }
  const std::string& message() const noexcept { return message_; }
  const char* what() const noexcept override { return message_.c_str(); }
  // The message is the repr of the exception's one argument (a missing dict key, or compiled
  // `raise KeyError("k")`: KeyError(k), whose str is repr(k)); the boundary rebuilds the
  // argument from it.
  bool message_is_repr() const noexcept { return message_is_repr_; }
  // `except Base:` catches this exception.
  bool matches(exception_kind base) const noexcept { return is_subclass(kind_, base); }
  // str(e): the message (a KeyError's is already repr(key), see message_is_repr).
  const std::string& str() const noexcept { return message_; }

  const python_error* cause() const noexcept { return cause_.get(); }
  bool suppress_context() const noexcept { return suppress_context_; }
  // `raise X(...) from cause` / `raise X(...) from None`.
  python_error& set_cause(const python_error& cause) {
    cause_ = std::make_shared<const python_error>(cause);
    suppress_context_ = true;
    return *this;
  }
  python_error& set_cause_none() {
    cause_.reset();
    suppress_context_ = true;
    return *this;
  }
  const python_error* context() const noexcept { return context_.get(); }
  // Raised while `handled` was being handled (CPython's implicit chaining), unless it is
  // `handled` itself. As CPython, a chain that would lead back here is cut before this.
  void set_context(const python_error& handled) {
    if (handled.identity_ != identity_) context_ = without(handled, identity_);
  }
  // A Python class that is no builtin, "module:name" (numpy's "numpy.exceptions:AxisError",
  // a subclass of ValueError and IndexError), or null: the boundary raises that class, while
  // compiled `except` matches kind(), the builtin base it is raised as.
  const char* python_class() const noexcept { return python_class_; }
  python_error& with_python_class(const char* module_and_name) noexcept {
    python_class_ = module_and_name;
    return *this;
  }
  // The Python exception object this error stands for when it came from Python (gen.throw(e),
  // a Python call that raised), type-erased so this header needs no Python: compiled `except`
  // matches kind(), the most derived builtin class it is an instance of, and the boundary
  // raises the object itself again (its own class, args and traceback). Null for errors
  // compiled code raised. Built by python/errors.hpp's python_error_from_python.
  const std::shared_ptr<void>& python_object() const noexcept { return python_object_; }
  python_error& with_python_object(std::shared_ptr<void> object) noexcept {
    python_object_ = std::move(object);
    return *this;
  }

 private:
  exception_kind kind_ = exception_kind::Exception;
  std::string message_;
  std::shared_ptr<const python_error> cause_;
  std::shared_ptr<const python_error> context_;
  std::shared_ptr<void> python_object_;
  std::vector<std::string> arg_reprs_;
  bool has_arg_reprs_ = false;
  bool message_is_repr_ = false;
  bool suppress_context_ = false;
  std::uint64_t identity_ = 0;

  static std::string str_of_args(const std::vector<std::string>& reprs) {
    if (reprs.size() == 1) return reprs[0];
    std::string out = "(";
    for (std::size_t i = 0; i < reprs.size(); ++i) out += (i ? ", " : "") + reprs[i];
    return out + ")";
  }

  // A copy of `e` whose context chain stops before the exception `identity` (shared where
  // the chain does not reach it).
  static std::shared_ptr<const python_error> without(const python_error& e, std::uint64_t identity) {
    auto copy = std::make_shared<python_error>(e);
    bool reaches = false;
    for (const python_error* p = e.context_.get(); p && !reaches; p = p->context_.get())
      reaches = p->identity_ == identity;
    if (reaches) copy->context_ = e.context_->identity_ == identity ? nullptr : without(*e.context_, identity);
    return copy;
  }
  const char* python_class_ = nullptr;
};

namespace detail {
// The exceptions finally blocks are running with (innermost last), each with the exception
// C++ was handling when that block began: a finally block runs after its try's catch has
// ended, yet CPython treats the pending exception as the one being handled there.
struct pending_finally {
  std::exception_ptr pending;
  std::exception_ptr handled_at_entry;
};
inline thread_local std::vector<pending_finally> finally_stack;

// The exception being handled: the innermost of the catch being run and the pending
// exception of a finally block (the catch is innermost if it began after that block).
inline std::exception_ptr handled_exception() {
  std::exception_ptr current = std::current_exception();
  if (finally_stack.empty() || current != finally_stack.back().handled_at_entry) return current;
  return finally_stack.back().pending;
}

// Inside an `except` clause (a C++ catch of python_error) or a finally block run for an
// exception, the exception being handled becomes the new one's __context__, as CPython chains them.
inline void chain_to_handled(python_error& error) {
  std::exception_ptr handled = handled_exception();
  if (!handled) return;
  try {
    std::rethrow_exception(handled);
  } catch (const python_error& outer) {
    error.set_context(outer);
  } catch (...) {
  }
}
}  // namespace detail

// Generated code wraps a finally block in one of these: while the block runs, the exception
// that will be re-raised after it (null when the body completed) is the one being handled.
class finally_scope {
 public:
  explicit finally_scope(std::exception_ptr pending) : active_(pending != nullptr) {
    if (active_) detail::finally_stack.push_back({std::move(pending), std::current_exception()});
  }
  ~finally_scope() {
    if (active_) detail::finally_stack.pop_back();
  }
  finally_scope(const finally_scope&) = delete;
  finally_scope& operator=(const finally_scope&) = delete;

 private:
  bool active_;
};

namespace detail {
inline std::string repr_text(std::string text) { return text; }
template <class S>  // a pycxx::str (generated code may keep a repr in a str local)
  requires requires(const S& s) { s.bytes(); }
std::string repr_text(const S& s) {
  return s.bytes();
}
}  // namespace detail

// `raise ValueError("bad", n)`: the exception of class Kind whose arguments have these reprs.
template <exception_kind Kind, class... Reprs>
python_error exception_with_args(const Reprs&... reprs) {
  return python_error(Kind, std::vector<std::string>{detail::repr_text(reprs)...});
}

// Out of line and cold, so that the checks guarding a raise cost a compare and a branch.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise(exception_kind kind, std::string message) {
  python_error error(kind, std::move(message));
  detail::chain_to_handled(error);
  throw error;
}

// `raise e` of a caught exception value, and `raise X(...) from ...` built as a value.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise(python_error error) {
  detail::chain_to_handled(error);
  throw error;
}

}  // namespace pycxx
