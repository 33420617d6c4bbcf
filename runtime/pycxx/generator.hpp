// Python's generator functions as C++20 coroutines: `def gen(n): yield x` compiles to a
// function returning pycxx::generator<T> whose body co_yields. Lazy as in Python: the body
// runs up to the next yield each time the loop asks for an item; an exception raised in the
// body reaches the loop that asked. Neighbours: containers/protocol.hpp (iterate),
// compiler/emit (the coroutine's signature), python/generator_object.hpp (one returned to Python).
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace pycxx {

template <class T>
class generator {
 public:
  struct promise_type {
    std::optional<T> current;
    std::exception_ptr error;
    generator get_return_object() { return generator(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T value) {
      current = std::move(value);
      return {};
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
    h_.promise().current.reset();
    h_.resume();
    if (h_.promise().error) std::rethrow_exception(std::exchange(h_.promise().error, nullptr));
    return h_.done() ? nullptr : &*h_.promise().current;
  }

  // One pass, as a Python generator: iterating again continues where it stopped.
  iterator begin() const { return iterator(h_); }
  end_marker end() const { return {}; }

 private:
  explicit generator(handle h) : h_(h) {}
  handle h_;
};

template <class T>
inline constexpr bool is_generator_v = false;
template <class T>
inline constexpr bool is_generator_v<generator<T>> = true;

}  // namespace pycxx
