// The lazy iterables of the builtins: zip(a, b, ...), enumerate(xs, start), reversed(xs) and a
// dict's items as (key, value) tuples. Each holds its iterables by value (a list shares its
// items; a temporary such as primes[1:] stays alive) and yields items by value, as Python's
// iterators do. Neighbours: protocol.hpp (iterate), stdlib_shims/builtins/ (the shims).
#pragma once

#include <cstdint>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pycxx {

// The item type of iterating a C++ iterable.
template <class Iterable>
using item_t = std::remove_cvref_t<decltype(*std::begin(std::declval<const Iterable&>()))>;

template <class... Iterables>
class zip_view {
 public:
  explicit zip_view(const Iterables&... iterables) : iterables_(iterables...) {}
  struct end_marker {};
  class iterator {
   public:
    using Iterators = std::tuple<decltype(std::begin(std::declval<const Iterables&>()))...>;
    using Ends = std::tuple<decltype(std::end(std::declval<const Iterables&>()))...>;
    iterator(Iterators at, Ends ends) : at_(at), ends_(ends) {}
    std::tuple<item_t<Iterables>...> operator*() const {
      return std::apply([](const auto&... it) { return std::tuple<item_t<Iterables>...>(*it...); }, at_);
    }
    iterator& operator++() {
      std::apply([](auto&... it) { (++it, ...); }, at_);
      return *this;
    }
    bool operator!=(end_marker) const { return !any_done(std::index_sequence_for<Iterables...>{}); }

   private:
    template <std::size_t... I>
    bool any_done(std::index_sequence<I...>) const {
      return ((std::get<I>(at_) == std::get<I>(ends_)) || ...);
    }
    Iterators at_;
    Ends ends_;
  };
  iterator begin() const {
    return std::apply(
        [](const auto&... x) {
          return iterator(typename iterator::Iterators(std::begin(x)...), typename iterator::Ends(std::end(x)...));
        },
        iterables_);
  }
  end_marker end() const { return {}; }

 private:
  std::tuple<Iterables...> iterables_;
};

template <class Iterable>
class enumerate_view {
 public:
  enumerate_view(const Iterable& iterable, std::int64_t start) : iterable_(iterable), start_(start) {}
  struct end_marker {};
  class iterator {
   public:
    using Inner = decltype(std::begin(std::declval<const Iterable&>()));
    using InnerEnd = decltype(std::end(std::declval<const Iterable&>()));
    iterator(Inner at, InnerEnd end, std::int64_t i) : at_(at), end_(end), i_(i) {}
    std::tuple<std::int64_t, item_t<Iterable>> operator*() const { return {i_, *at_}; }
    iterator& operator++() {
      ++at_;
      ++i_;
      return *this;
    }
    bool operator!=(end_marker) const { return !(at_ == end_); }

   private:
    Inner at_;
    InnerEnd end_;
    std::int64_t i_;
  };
  iterator begin() const { return iterator(std::begin(iterable_), std::end(iterable_), start_); }
  end_marker end() const { return {}; }

 private:
  Iterable iterable_;
  std::int64_t start_;
};

// Walks a random-access sequence from its end (reversed(xs) of a list, str or range).
template <class Sequence>
class reversed_view {
 public:
  explicit reversed_view(const Sequence& sequence) : sequence_(sequence) {}
  struct end_marker {};
  class iterator {
   public:
    iterator(const Sequence* sequence, std::int64_t i) : sequence_(sequence), i_(i) {}
    item_t<Sequence> operator*() const { return (*sequence_)[i_]; }
    iterator& operator++() {
      --i_;
      return *this;
    }
    bool operator!=(end_marker) const { return i_ >= 0; }

   private:
    const Sequence* sequence_;
    std::int64_t i_;
  };
  iterator begin() const { return iterator(&sequence_, sequence_.len() - 1); }
  end_marker end() const { return {}; }

 private:
  Sequence sequence_;
};

// A dict's items as tuples (the tuple[K, V] sema gives them), in insertion order.
template <class Dict>
class items_view {
 public:
  explicit items_view(const Dict& d) : d_(d) {}
  class iterator {
   public:
    using Inner = decltype(std::declval<const Dict&>().items().begin());
    explicit iterator(Inner at) : at_(at) {}
    auto operator*() const {
      const auto& pair = *at_;
      return std::tuple<std::remove_cvref_t<decltype(pair.first)>, std::remove_cvref_t<decltype(pair.second)>>(
          pair.first, pair.second);
    }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    // The dict's checks (changed size during iteration) run here, as in dict's own iterator.
    bool operator==(typename Inner::sentinel end) const { return at_ == end; }

   private:
    Inner at_;
  };
  iterator begin() const { return iterator(d_.items().begin()); }
  typename iterator::Inner::sentinel end() const { return {}; }

 private:
  Dict d_;  // shares the dict's table
};

}  // namespace pycxx
