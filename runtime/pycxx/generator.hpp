// Python's generator functions as C++20 coroutines: `def gen(n): yield x` compiles to a
// function returning pycxx::generator<T> whose body co_yields. Lazy as in Python: the body
// runs up to the next yield each time the loop asks for an item; an exception raised in the
// body reaches the loop that asked. throw_in(e) and close() are gen.throw(e) and gen.close():
// the exception is raised inside the body at the yield it waits at (each yield's resume
// rethrows a pending one), so its handlers and finally blocks run as in CPython. Neighbours: containers/protocol.hpp (iterate),
// compiler/emit (the coroutine's signature), python/generator_object.hpp (one returned to Python).
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include "pycxx/errors.hpp"

namespace pycxx {

template <class T>
class generator {
 public:
  struct promise_type {
    std::optional<T> current;
    std::exception_ptr error;
    std::exception_ptr thrown_in;  // gen.throw(e): raised by the yield the body resumes from
    bool started = false;
    generator get_return_object() { return generator(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    struct yield_awaiter {
      promise_type* p;
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) const noexcept {}
      void await_resume() const {
        if (p->thrown_in) std::rethrow_exception(std::exchange(p->thrown_in, nullptr));
      }
    };
    yield_awaiter yield_value(T value) {
      current = std::move(value);
      return {this};
    }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { error = std::current_exception(); }
  };
  using handle = std::coroutine_handle<promise_type>;

  generator(generator&& other) noexcept : h_(std::exchange(other.h_, {})) {}
  generator& operator=(generator&& other) noexcept {
    if (this != &other) {
      if (h_) h_.destroy();
      h_ = std::exchange(other.h_, {});
    }
    return *this;
  }
  generator(const generator&) = delete;
  ~generator() {
    if (h_) h_.destroy();
  }

  struct end_marker {};
  class iterator {
   public:
    explicit iterator(handle h) : h_(h) { advance(); }
    const T& operator*() const { return *h_.promise().current; }
    iterator& operator++() {
      advance();
      return *this;
    }
    bool operator!=(end_marker) const { return !h_.done(); }

   private:
    void advance() {
      if (h_.done()) return;  // exhausted: stays so, as a Python generator
      h_.promise().started = true;
      h_.promise().current.reset();
      h_.resume();
      if (h_.promise().error) std::rethrow_exception(std::exchange(h_.promise().error, nullptr));
    }
    handle h_;
  };
  // The next item, or null once the body has ended (then always null, as a Python generator
  // raises StopIteration again); an exception the body raises is rethrown here. The item
  // stays valid until the next call. Used by the CPython iterator (python/generator_object.hpp).
  T* next() {
    if (!h_ || h_.done()) return nullptr;
    h_.promise().started = true;
    h_.promise().current.reset();
    h_.resume();
    if (h_.promise().error) std::rethrow_exception(std::exchange(h_.promise().error, nullptr));
    return h_.done() ? nullptr : &*h_.promise().current;
  }
  // gen.throw(e): `e` raised at the yield the body waits at; the next item it yields (null
  // when it then ends), or what it raises. A generator not started or finished raises `e`
  // itself and is finished, as CPython's.
  T* throw_in(std::exception_ptr e) {
    if (!h_ || h_.done() || !h_.promise().started) {
      finish();
      std::rethrow_exception(e);
    }
    h_.promise().thrown_in = e;
    h_.promise().current.reset();
    h_.resume();
    if (h_.promise().error) {
      std::exception_ptr error = std::exchange(h_.promise().error, nullptr);
      finish();
      std::rethrow_exception(error);
    }
    return h_.done() ? nullptr : &*h_.promise().current;
  }
  // gen.close(): GeneratorExit at the yield (a BaseException: the body's `except Exception`
  // lets it pass, `except BaseException` sees it, finally blocks run); the body may end or
  // raise GeneratorExit or StopIteration: fine. Yielding again is CPython's RuntimeError.
  void close() {
    if (!h_ || h_.done() || !h_.promise().started) return finish();
    T* item = nullptr;
    try {
      item = throw_in(std::make_exception_ptr(python_error(exception_kind::GeneratorExit, "")));
    } catch (const python_error& e) {
      finish();
      if (e.kind() != exception_kind::StopIteration && e.kind() != exception_kind::GeneratorExit) throw;
      return;
    }
    finish();
    if (item) raise(exception_kind::RuntimeError, "generator ignored GeneratorExit");
  }

  // One pass, as a Python generator: iterating again continues where it stopped.
  iterator begin() const { return iterator(h_); }
  end_marker end() const { return {}; }

 private:
  explicit generator(handle h) : h_(h) {}
  void finish() {
    if (h_) std::exchange(h_, {}).destroy();
  }
  handle h_;
};

template <class T>
inline constexpr bool is_generator_v = false;
template <class T>
inline constexpr bool is_generator_v<generator<T>> = true;

}  // namespace pycxx
