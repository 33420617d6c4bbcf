// A hand-written extension module calling runtime/pycxx/python/containers_convert.hpp as
// generated code will: list/dict/set/str arguments in, results out, and write-back of a
// mutated argument. Built and checked by ../test_containers_probe.py (no compiler needed).
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include "pycxx/containers/str_layout.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx/python/containers_convert.hpp"
#include "pycxx/python/module.hpp"

namespace {

using i64 = std::int64_t;
using pycxx::dict;
using pycxx::list;
using pycxx::str;
namespace py = pycxx::python;

// def push(a: list[int], x: int) -> None: a.append(x); a[0] = -a[0]
constexpr const char* push_parameters[] = {"a", "x"};
constexpr py::signature push_signature{"push", push_parameters, 2};
PyObject* push_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<2>(push_signature, args, nargs, kwnames, [](const py::bound_arguments<2>& a) {
    auto values = a.get<list<i64>>(0);
    i64 x = a.get<i64>(1);
    values.append(x);
    values.set(0, -values[0]);
    py::write_back(a.object(0), values);
    return pycxx::none;
  });
}

// def drain(a: list[int]) -> None: while True: a.pop()   (IndexError; the caller sees a == [])
constexpr const char* drain_parameters[] = {"a"};
constexpr py::signature drain_signature{"drain", drain_parameters, 1};
PyObject* drain_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(drain_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    auto values = a.get<list<i64>>(0);
    py::write_back_scope<list<i64>> keep(a.object(0), values);
    for (;;) values.pop();
    keep.commit();
    return pycxx::none;
  });
}

// def word_counts(text: str) -> dict[str, int]
constexpr const char* words_parameters[] = {"text"};
constexpr py::signature words_signature{"word_counts", words_parameters, 1};
PyObject* words_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(words_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    str text = a.get<str>(0);
    dict<str, i64> counts;
    for (const str& w : pycxx::split(pycxx::lower(text))) counts.set(w, counts.get(w, 0) + 1);
    return counts;
  });
}

// def forget(d: dict[str, list[float]], k: str) -> list[float]: return d.pop(k)
constexpr const char* forget_parameters[] = {"d", "k"};
constexpr py::signature forget_signature{"forget", forget_parameters, 2};
PyObject* forget_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<2>(forget_signature, args, nargs, kwnames, [](const py::bound_arguments<2>& a) {
    auto d = a.get<dict<str, list<double>>>(0);
    str k = a.get<str>(1);
    list<double> v = d.pop(k);
    py::write_back(a.object(0), d);
    return v;
  });
}

// def evens(s: set[int]) -> set[int]: s.discard(0); return {x for x in s if x % 2 == 0}
constexpr const char* evens_parameters[] = {"s"};
constexpr py::signature evens_signature{"evens", evens_parameters, 1};
PyObject* evens_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(evens_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    auto s = a.get<pycxx::set<i64>>(0);
    s.discard(0);
    py::write_back(a.object(0), s);
    pycxx::set<i64> out;
    for (i64 x : s)
      if (x % 2 == 0) out.add(x);
    return out;
  });
}

// def shout(s: str) -> str: return s.upper()[::-1] + "!"
constexpr const char* shout_parameters[] = {"s"};
constexpr py::signature shout_signature{"shout", shout_parameters, 1};
PyObject* shout_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(shout_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    str s = a.get<str>(0);
    return pycxx::upper(s).slice({pycxx::slice_none, pycxx::slice_none, -1}) + str("!");
  });
}

// def text_views(s: str) -> tuple[str, str, int]: return (s.lower(), repr(s), len(s))
constexpr const char* views_parameters[] = {"s"};
constexpr py::signature views_signature{"text_views", views_parameters, 1};
PyObject* views_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(views_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    str s = a.get<str>(0);
    return std::make_tuple(pycxx::lower(s), str(pycxx::repr(s)), s.len());
  });
}

// def str_ops(s: str, t: str, n: int): the str methods on one input, for random comparison.
constexpr const char* str_ops_parameters[] = {"s", "t", "n"};
constexpr py::signature str_ops_signature{"str_ops", str_ops_parameters, 3};
PyObject* str_ops_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<3>(str_ops_signature, args, nargs, kwnames, [](const py::bound_arguments<3>& a) {
    str s = a.get<str>(0), t = a.get<str>(1);
    i64 n = a.get<i64>(2);
    return std::make_tuple(pycxx::split(s), pycxx::split(s, n), pycxx::split(s, t, n), pycxx::strip(s),
                           pycxx::strip(s, t), pycxx::lstrip(s, t), pycxx::rstrip(s), pycxx::replace(s, t, str("<>"), n),
                           pycxx::find(s, t), pycxx::rfind(s, t), pycxx::count(s, t), s.contains(t),
                           pycxx::startswith(s, t), pycxx::endswith(s, t), s.slice({n, pycxx::slice_none, -2}), s < t,
                           std::make_tuple(pycxx::rsplit(s, n), pycxx::rsplit(s, t, n), pycxx::splitlines(s),
                                           pycxx::splitlines(s, true), pycxx::partition(s, t), pycxx::rpartition(s, t),
                                           pycxx::center(s, n + 8, str("*")), pycxx::ljust(s, n + 8),
                                           pycxx::rjust(s, n + 8, str("\u00e9")), pycxx::zfill(t + s, n + 8),
                                           pycxx::isspace(s)));
  });
}

// def list_slices(a: list[int], start: int | None, stop: int | None, step: int | None):
// (a[start:stop:step], a after a[start:stop:step] = a[start:stop:step][::-1], a after del).
constexpr const char* slices_parameters[] = {"a", "start", "stop", "step"};
constexpr py::signature slices_signature{"list_slices", slices_parameters, 4};
PyObject* slices_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<4>(slices_signature, args, nargs, kwnames, [](const py::bound_arguments<4>& a) {
    auto values = a.get<list<i64>>(0);
    // None is the omitted bound (an int, even -2**63, is a bound: pycxx::slice_bound).
    auto bound = [&](std::size_t i) {
      std::optional<i64> v = a.get<std::optional<i64>>(i);
      return v ? pycxx::slice_bound(*v) : pycxx::slice_bound(pycxx::slice_none);
    };
    pycxx::slice s{bound(1), bound(2), bound(3)};
    list<i64> part = values.slice(s);
    list<i64> assigned = values.copy();
    assigned.set_slice(s, part.slice({pycxx::slice_none, pycxx::slice_none, -1}));
    list<i64> deleted = values.copy();
    deleted.del_slice(s);
    return std::make_tuple(part, assigned, deleted);
  });
}

// def dict_ops(ops: list[tuple[int, int, int]]) -> tuple[dict[int, int], list[int]]:
// replays (kind, key, value) on a dict: 0 d[k] = v, 1 d.pop(k, -1), 2 d.setdefault(k, v),
// 3 d.get(k, -1), 4 del d[k] if k in d; returns the dict and what each call gave.
constexpr const char* dict_ops_parameters[] = {"ops"};
constexpr py::signature dict_ops_signature{"dict_ops", dict_ops_parameters, 1};
PyObject* dict_ops_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<1>(dict_ops_signature, args, nargs, kwnames, [](const py::bound_arguments<1>& a) {
    auto ops = a.get<list<std::tuple<i64, i64, i64>>>(0);
    dict<i64, i64> d;
    list<i64> results;
    for (const auto& [kind, k, v] : ops) {
      if (kind == 0) d.set(k, v);
      else if (kind == 1) results.append(d.pop(k, -1));
      else if (kind == 2) results.append(d.setdefault(k, v));
      else if (kind == 3) results.append(d.get(k, -1));
      else if (d.contains(k)) d.del(k);
    }
    return std::make_tuple(d, results);
  });
}

// def sorts(a: list[tuple[int, str]], reverse: bool): (a sorted by t[0], a sorted), both with reverse.
constexpr const char* sorts_parameters[] = {"a", "reverse"};
constexpr py::signature sorts_signature{"sorts", sorts_parameters, 2};
PyObject* sorts_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::call_exported<2>(sorts_signature, args, nargs, kwnames, [](const py::bound_arguments<2>& a) {
    using item = std::tuple<i64, str>;
    auto by_key = a.get<list<item>>(0);
    bool reverse = a.get<bool>(1);
    list<item> whole = by_key.copy();
    by_key.sort([](const item& t) { return std::get<0>(t); }, reverse);
    whole.sort(reverse);
    return std::make_tuple(by_key, whole);
  });
}

// key_error_argument(message) exposed, to check the KeyError argument it rebuilds.
constexpr const char* key_parameters[] = {"message"};
constexpr py::signature key_signature{"key_error_argument", key_parameters, 1};
PyObject* key_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return py::guarded([&] {
    py::bound_arguments<1> a(key_signature, args, nargs, kwnames);
    return py::argument_from_repr(a.get<str>(0).bytes());
  });
}

PyMethodDef methods[] = {
    py::method("push", push_wrapper, "push($module, /, a, x)\n--\n\n"),
    py::method("drain", drain_wrapper, "drain($module, /, a)\n--\n\n"),
    py::method("word_counts", words_wrapper, "word_counts($module, /, text)\n--\n\n"),
    py::method("forget", forget_wrapper, "forget($module, /, d, k)\n--\n\n"),
    py::method("evens", evens_wrapper, "evens($module, /, s)\n--\n\n"),
    py::method("shout", shout_wrapper, "shout($module, /, s)\n--\n\n"),
    py::method("text_views", views_wrapper, "text_views($module, /, s)\n--\n\n"),
    py::method("str_ops", str_ops_wrapper, "str_ops($module, /, s, t, n)\n--\n\n"),
    py::method("list_slices", slices_wrapper, "list_slices($module, /, a, start, stop, step)\n--\n\n"),
    py::method("dict_ops", dict_ops_wrapper, "dict_ops($module, /, ops)\n--\n\n"),
    py::method("sorts", sorts_wrapper, "sorts($module, /, a, reverse)\n--\n\n"),
    py::method("key_error_argument", key_wrapper, "key_error_argument($module, /, message)\n--\n\n"),
    py::method_table_end(),
};
PyModuleDef module_def = py::module_definition("containers_probe", "The containers boundary probe.", methods);

}  // namespace

PyMODINIT_FUNC PyInit_containers_probe() {
  return py::create_module(&module_def, [](PyObject*) {});
}
