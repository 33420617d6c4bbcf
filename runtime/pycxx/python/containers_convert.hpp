// The CPython boundary of str, list, dict and set (converter<T> as in convert.hpp): an
// argument is copied into the C++ container on entry and, when compiled code changed it,
// written back into the caller's object after the call (write_back), so the caller sees the
// change as in CPython. Cost and limits (nested containers): docs/containers.md.
// Neighbours: convert.hpp (scalars, tuples, argument_context), ../containers/ (the types).
//
// Emitted wrapper for `def f(a: list[int]) -> None`:
//   auto a = pycxx::python::from_python<pycxx::list<std::int64_t>>(arg, where);
//   f(a);  pycxx::python::write_back(arg, a);
// or, to show mutations made before an exception too: write_back_scope (below).
#pragma once

#include <complex>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/python/convert.hpp"
#include "pycxx/python/unchanged.hpp"

namespace pycxx::python {

template <>
struct converter<str> {
  static std::string name() { return "str"; }
  static str from(PyObject* o, const argument_context& where) {
    if (!PyUnicode_Check(o)) detail::raise_wrong_type(o, where, name());
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(o, &size);  // fails on lone surrogates
    if (!data) throw error_already_set{};
    return str(std::string(data, static_cast<std::size_t>(size)), PyUnicode_IS_ASCII(o) != 0);
  }
  static PyObject* to(const str& s) {
    return detail::checked(PyUnicode_DecodeUTF8(s.bytes().data(), static_cast<Py_ssize_t>(s.bytes().size()), nullptr));
  }
};

namespace detail {
// Context naming a dict value by its key: "f() argument 'd'['ab']".
inline argument_context keyed(const argument_context& where, PyObject* key) {
  PyObject* r = checked(PyObject_Repr(key));
  std::string text = PyUnicode_AsUTF8(r);
  Py_DECREF(r);
  return {where.function, where.parameter, where.path + "[" + text + "]"};
}
// Builds a new list/set/dict object from a C++ container, releasing it on a failure.
template <class Fill>
PyObject* build(PyObject* fresh, Fill&& fill) {
  checked(fresh);
  try {
    fill(fresh);
  } catch (...) {
    Py_DECREF(fresh);
    throw;
  }
  return fresh;
}
}  // namespace detail

namespace detail {
// The items of a list written back, as new references: where the caller's item at the same
// place still converts to the C++ item (unchanged.hpp) it is kept; for float and complex items
// (where the caller's ints and floats convert alike) a remaining caller item of the same value,
// bit for bit, is taken next, the earliest first (as a stable sort or an insert leaves them);
// else a new object. So an int in a list[float] stays an int through appends, inserts,
// removals and sorts, as in CPython. O(n) plus an index of the caller's items on a miss.
template <class T>
std::vector<PyObject*> reused_items(PyObject* original, const list<T>& v) {
  const Py_ssize_t old_n = PyList_GET_SIZE(original);
  const auto n = static_cast<std::size_t>(v.len());
  std::vector<PyObject*> items(n, nullptr);
  std::vector<char> used(static_cast<std::size_t>(old_n), 0);
  bool missed = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (static_cast<Py_ssize_t>(i) < old_n && unchanged(PyList_GET_ITEM(original, i), v[static_cast<std::int64_t>(i)])) {
      items[i] = PyList_GET_ITEM(original, i);
      used[i] = 1;
    } else {
      missed = true;
    }
  }
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::complex<double>>) {
    if (missed) {
      using key = std::pair<std::uint64_t, std::uint64_t>;
      auto bits = [](const T& x) {
        key k{0, 0};
        static_assert(sizeof(T) <= sizeof(key));
        std::memcpy(&k, &x, sizeof(T));
        return k;
      };
      std::map<key, std::vector<PyObject*>> pool;
      for (Py_ssize_t j = old_n; j-- > 0;) {  // reversed: the earliest is at the back
        if (used[static_cast<std::size_t>(j)]) continue;
        PyObject* item = PyList_GET_ITEM(original, j);
        try {
          pool[bits(converter<T>::from(item, argument_context{}))].push_back(item);
        } catch (...) {
          PyErr_Clear();
        }
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (items[i]) continue;
        auto found = pool.find(bits(v[static_cast<std::int64_t>(i)]));
        if (found == pool.end() || found->second.empty()) continue;
        items[i] = found->second.back();
        found->second.pop_back();
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (items[i]) {
      Py_INCREF(items[i]);
      continue;
    }
    try {
      items[i] = to_python(v[static_cast<std::int64_t>(i)]);
    } catch (...) {
      for (std::size_t k = 0; k < i; ++k) Py_DECREF(items[k]);
      throw;
    }
  }
  return items;
}
}  // namespace detail

template <class T>
struct converter<list<T>> {
  static std::string name() { return "list[" + type_name<T>() + "]"; }
  static list<T> from(PyObject* o, const argument_context& where) {
    if (!PyList_Check(o)) detail::raise_wrong_type(o, where, name());
    list<T> out;
    Py_ssize_t n = PyList_GET_SIZE(o);
    for (Py_ssize_t i = 0; i < n; ++i)
      out.append(from_python<T>(PyList_GET_ITEM(o, i), where.element(static_cast<std::size_t>(i))));
    return out;
  }
  static PyObject* to(const list<T>& v) {
    return detail::build(PyList_New(v.len()), [&](PyObject* l) {
      Py_ssize_t i = 0;
      for (const T& x : v) PyList_SET_ITEM(l, i++, to_python(x));
    });
  }
  // Replaces the caller's list contents (its identity is kept: other names see the change).
  // An item the C++ list still holds is the caller's own object, so an int in a list[float]
  // stays an int through appends, inserts, removals and sorts, as in CPython (reused_items).
  static void write_back(PyObject* original, const list<T>& v) {
    std::vector<PyObject*> items = detail::reused_items(original, v);
    PyObject* fresh = PyList_New(static_cast<Py_ssize_t>(items.size()));
    if (!fresh) {
      for (PyObject* item : items) Py_DECREF(item);
      throw error_already_set{};
    }
    for (std::size_t i = 0; i < items.size(); ++i) PyList_SET_ITEM(fresh, static_cast<Py_ssize_t>(i), items[i]);
    int r = PyList_SetSlice(original, 0, PY_SSIZE_T_MAX, fresh);
    Py_DECREF(fresh);
    if (r < 0) throw error_already_set{};
  }
};

template <class K, class V>
struct converter<dict<K, V>> {
  static std::string name() { return "dict[" + type_name<K>() + ", " + type_name<V>() + "]"; }
  static dict<K, V> from(PyObject* o, const argument_context& where) {
    if (!PyDict_Check(o)) detail::raise_wrong_type(o, where, name());
    dict<K, V> out;
    Py_ssize_t pos = 0;
    PyObject *key = nullptr, *value = nullptr;
    while (PyDict_Next(o, &pos, &key, &value)) {  // insertion order, as CPython iterates
      K k = from_python<K>(key, detail::keyed(where, key));
      out.set(k, from_python<V>(value, detail::keyed(where, key)));
    }
    return out;
  }
  static PyObject* to(const dict<K, V>& d) {
    return detail::build(PyDict_New(), [&](PyObject* o) { fill(o, d); });
  }
  static void write_back(PyObject* original, const dict<K, V>& d) {
    PyDict_Clear(original);
    fill(original, d);
  }

 private:
  static void fill(PyObject* o, const dict<K, V>& d) {
    for (const auto& [k, v] : d.items()) {
      PyObject* key = to_python(k);
      PyObject* value = nullptr;
      try {
        value = to_python(v);
      } catch (...) {
        Py_DECREF(key);
        throw;
      }
      int r = PyDict_SetItem(o, key, value);
      Py_DECREF(key);
      Py_DECREF(value);
      if (r < 0) throw error_already_set{};
    }
  }
};

template <class T>
struct converter<set<T>> {
  static std::string name() { return "set[" + type_name<T>() + "]"; }
  static set<T> from(PyObject* o, const argument_context& where) {
    if (!PyAnySet_Check(o)) detail::raise_wrong_type(o, where, name());
    set<T> out;
    PyObject* it = detail::checked(PyObject_GetIter(o));
    try {
      while (PyObject* item = PyIter_Next(it)) {
        try {
          out.add(from_python<T>(item, where));
        } catch (...) {
          Py_DECREF(item);
          throw;
        }
        Py_DECREF(item);
      }
    } catch (...) {
      Py_DECREF(it);
      throw;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) throw error_already_set{};
    return out;
  }
  static PyObject* to(const set<T>& s) {
    return detail::build(PySet_New(nullptr), [&](PyObject* o) { fill(o, s); });
  }
  // A frozenset argument cannot have been changed (compiled code mutating it is a set
  // written back); only a set is written.
  static void write_back(PyObject* original, const set<T>& s) {
    if (!PySet_Check(original)) return;
    if (PySet_Clear(original) < 0) throw error_already_set{};
    fill(original, s);
  }

 private:
  static void fill(PyObject* o, const set<T>& s) {
    for (const T& x : s) {
      PyObject* item = to_python(x);
      int r = PySet_Add(o, item);
      Py_DECREF(item);
      if (r < 0) throw error_already_set{};
    }
  }
};

// Whether a value of C may hold a container the callee mutated: a list, dict or set, or a
// tuple holding one (the tuple itself is immutable; the lists in it are the caller's).
template <class C>
inline constexpr bool writes_back = false;
template <class T>
inline constexpr bool writes_back<list<T>> = true;
template <class K, class V>
inline constexpr bool writes_back<dict<K, V>> = true;
template <class T>
inline constexpr bool writes_back<set<T>> = true;
template <class... T>
inline constexpr bool writes_back<std::tuple<T...>> = (writes_back<T> || ...);

// write_back(arg, value) for any container argument the callee may have mutated; nothing
// to do when the caller's object still holds the same (unchanged.hpp). A tuple writes back
// each container in it into the caller's object at that place.
template <class C>
void write_back(PyObject* original, const C& value) {
  if constexpr (pycxx::detail::is_tuple<C>) {
    if (!PyTuple_Check(original) || PyTuple_GET_SIZE(original) != static_cast<Py_ssize_t>(std::tuple_size_v<C>)) return;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (write_back(PyTuple_GET_ITEM(original, I), std::get<I>(value)), ...);
    }(std::make_index_sequence<std::tuple_size_v<C>>{});
  } else if constexpr (writes_back<C>) {
    if (unchanged(original, value)) return;
    converter<C>::write_back(original, value);
  }
}

// Writes `value` back into the caller's object also when the compiled function raises, as
// CPython shows mutations made before an exception. Declare it before any gil_release, so
// that it is destroyed with the GIL held. commit() on the normal path reports write-back
// errors; during unwinding they are dropped (the exception in flight wins).
//   auto a = get<list<T>>(0); pycxx::python::write_back_scope<list<T>> keep(arg, a); f(a); keep.commit();
template <class C>
class write_back_scope {
 public:
  write_back_scope(PyObject* original, const C& value) : original_(original), value_(value) {}
  write_back_scope(const write_back_scope&) = delete;
  write_back_scope& operator=(const write_back_scope&) = delete;
  void commit() {
    done_ = true;
    write_back(original_, value_);
  }
  ~write_back_scope() {
    if (done_) return;
    PyObject *type = nullptr, *value = nullptr, *traceback = nullptr;
    PyErr_Fetch(&type, &value, &traceback);  // keep an error already set by the failing call
    try {
      write_back(original_, value_);
    } catch (...) {
    }
    PyErr_Clear();
    PyErr_Restore(type, value, traceback);
  }

 private:
  PyObject* original_;
  C value_;  // shares the container's storage (reference semantics)
  bool done_ = false;
};

}  // namespace pycxx::python
