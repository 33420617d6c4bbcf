// The second half of the differential test module (check_module.cpp has the ufuncs):
// reductions, scans, where, indexing, overlap and the bridge's ownership rules.
// Each translation unit using the numpy C API loads its own table (import_numpy below).
#define PYCXX_TEST_HOOKS
#include "pycxx/python/ndarray_bridge.hpp"

#include <complex>
#include <string_view>

namespace {
using namespace pycxx;
using pycxx::python::argument_context;
using pycxx::python::from_numpy;
using pycxx::python::to_numpy;
using c128 = std::complex<double>;
constexpr std::size_t R = 3;
template <class T> struct tag { using type = T; };

bool numpy_loaded = false;
void load_numpy() {
  if (!numpy_loaded && pycxx::python::import_numpy() < 0) throw pycxx::python::error_already_set{};
  numpy_loaded = true;
}

template <class F> PyObject* dispatch(PyObject* o, F&& f) {
  if (!PyArray_Check(o)) raise(exception_kind::TypeError, "expected a numpy array");
  int t = PyArray_TYPE(reinterpret_cast<PyArrayObject*>(o));
  auto is = [&](auto tg) { return PyArray_EquivTypenums(t, python::npy_type_of<typename std::remove_cvref_t<decltype(tg)>::type>()); };
  if (is(tag<bool>{})) return f(tag<bool>{});
  if (is(tag<std::int32_t>{})) return f(tag<std::int32_t>{});
  if (is(tag<std::int64_t>{})) return f(tag<std::int64_t>{});
  if (is(tag<float>{})) return f(tag<float>{});
  if (is(tag<double>{})) return f(tag<double>{});
  if (is(tag<c128>{})) return f(tag<c128>{});
  raise(exception_kind::TypeError, "dtype not covered by the test module");
}
template <class T, std::size_t N = R> ndarray<T, N> arg(PyObject* o) {
  return from_numpy<T, N>(o, argument_context{"check", "operand"});
}

template <class V> PyObject* scalar_result(const V& v) {
  if constexpr (is_bool_v<V>) return PyBool_FromLong(v);
  else if constexpr (is_complex_v<V>) return PyComplex_FromDoubles(v.real(), v.imag());
  else if constexpr (std::is_floating_point_v<V>) return PyFloat_FromDouble(v);
  else if constexpr (std::is_signed_v<V>) return PyLong_FromLongLong(v);
  else return PyLong_FromUnsignedLongLong(v);
}
template <class V, std::size_t N> PyObject* scalar_result(const ndarray<V, N>& v) { return to_numpy(v); }

// Calls f(axis-spec..., keepdims?) for a Python axis (None, int or 2-tuple).
template <class F> PyObject* with_axis(PyObject* axis, bool keep, F&& f) {
  if (axis == Py_None) {
    if (keep) return f(keepdims);
    return f();
  }
  if (PyLong_Check(axis)) {
    index_t ax = PyLong_AsLongLong(axis);
    if (keep) return f(ax, keepdims);
    return f(ax);
  }
  if (PyTuple_Check(axis) && PyTuple_Size(axis) == 2) {
    std::array<index_t, 2> ax{PyLong_AsLongLong(PyTuple_GetItem(axis, 0)), PyLong_AsLongLong(PyTuple_GetItem(axis, 1))};
    if (keep) return f(ax, keepdims);
    return f(ax);
  }
  raise(exception_kind::TypeError, "axis must be None, an int or a 2-tuple");
}
}  // namespace

#define PYCXX_CHECK_REDUCTION(Name)                                                      \
  if (op == #Name)                                                                       \
    return with_axis(axis, keep, [&](auto... ax) -> PyObject* {                          \
      if constexpr (sizeof...(ax) == 1 && (std::is_same_v<decltype(ax), std::array<index_t, 2>> || ...) && \
                    (std::string_view(#Name).starts_with("arg")))                         \
        raise(exception_kind::TypeError, "argmax takes one axis");                       \
      else return scalar_result(Name(x, ax...));                                         \
    });

PyObject* check_reduce(PyObject*, PyObject* args) {
  const char* name;
  PyObject *a, *axis;
  int keep;
  double ddof;
  if (!PyArg_ParseTuple(args, "sOOpd", &name, &a, &axis, &keep, &ddof)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    load_numpy();
    std::string_view op = name;
    return dispatch(a, [&](auto ta) -> PyObject* {
      using A = typename std::remove_cvref_t<decltype(ta)>::type;
      auto x = arg<A>(a);
      PYCXX_CHECK_REDUCTION(sum)
      PYCXX_CHECK_REDUCTION(prod)
      PYCXX_CHECK_REDUCTION(mean)
      PYCXX_CHECK_REDUCTION(any)
      PYCXX_CHECK_REDUCTION(all)
      if constexpr (!is_complex_v<A>) {
        PYCXX_CHECK_REDUCTION(max)
        PYCXX_CHECK_REDUCTION(min)
        PYCXX_CHECK_REDUCTION(argmax)
        PYCXX_CHECK_REDUCTION(argmin)
      }
      if (op == "var" || op == "std")
        return with_axis(axis, keep, [&](auto... ax) -> PyObject* {
          if (op == "var") return scalar_result(var(x, ddof, ax...));
          return scalar_result(stddev(x, ddof, ax...));
        });
      raise(exception_kind::ValueError, "unknown reduction " + std::string(op));
    });
  });
}

PyObject* check_scan(PyObject*, PyObject* args) {
  const char* name;
  PyObject *a, *axis;
  if (!PyArg_ParseTuple(args, "sOO", &name, &a, &axis)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    load_numpy();
    std::string_view op = name;
    return dispatch(a, [&](auto ta) -> PyObject* {
      using A = typename std::remove_cvref_t<decltype(ta)>::type;
      auto x = arg<A>(a);
      auto run = [&](auto... ax) -> PyObject* {
        if (op == "cumsum") return to_numpy(cumsum(x, ax...));
        if (op == "cumprod") return to_numpy(cumprod(x, ax...));
        if (op == "maximum_accumulate") return to_numpy(maximum_accumulate(x, ax...));
        if (op == "minimum_accumulate") return to_numpy(minimum_accumulate(x, ax...));
        raise(exception_kind::ValueError, "unknown scan " + std::string(op));
      };
      if (axis == Py_None) return run();
      return run(static_cast<index_t>(PyLong_AsLongLong(axis)));
    });
  });
}

PyObject* check_where(PyObject*, PyObject* args) {
  PyObject *c, *a, *b;
  if (!PyArg_ParseTuple(args, "OOO", &c, &a, &b)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    load_numpy();
    auto cond = arg<bool>(c);
    return dispatch(a, [&](auto ta) -> PyObject* {
      using A = typename std::remove_cvref_t<decltype(ta)>::type;
      auto x = arg<A>(a);
      if (PyFloat_Check(b)) return to_numpy(eval(where(cond, x, PyFloat_AsDouble(b))));
      if (PyLong_Check(b)) {
        if constexpr (!is_bool_v<A>) return to_numpy(eval(where(cond, x, std::int64_t(PyLong_AsLongLong(b)))));
      }
      return dispatch(b, [&](auto tb) -> PyObject* {
        using B = typename std::remove_cvref_t<decltype(tb)>::type;
        return to_numpy(eval(where(cond, x, arg<B>(b))));
      });
    });
  });
}

// Indexing and the bridge's ownership rules, on float64 arrays.
PyObject* check_index(PyObject*, PyObject* args) {
  const char* name;
  PyObject *a, *p = Py_None, *q = Py_None;
  if (!PyArg_ParseTuple(args, "sO|OO", &name, &a, &p, &q)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    load_numpy();
    std::string_view op = name;
    auto sl = [](PyObject* t, Py_ssize_t i) {
      PyObject* s = PyTuple_GetItem(t, i);
      auto part = [&](Py_ssize_t k) {
        PyObject* v = PyTuple_GetItem(s, k);
        // None is the omitted bound; an int, even -2**63, is a bound (pycxx::slice_bound).
        return v == Py_None ? slice_bound(slice_none) : slice_bound(static_cast<index_t>(PyLong_AsLongLong(v)));
      };
      return slice{part(0), part(1), part(2)};
    };
    if (op == "identity") return to_numpy(arg<double, 1>(a));
    if (op == "new") {  // a new C++ array of a.size elements: a * 2
      auto x = arg<double, 1>(a);
      return to_numpy(eval(x * 2.0));
    }
    if (op == "view3") {  // a[s0, s1, s2] for three (start, stop, step) tuples in p
      auto x = arg<double>(a);
      return to_numpy(view(x, sl(p, 0), sl(p, 1), sl(p, 2)));
    }
    if (op == "view_int") {  // a[i, ..., newaxis]
      auto x = arg<double>(a);
      return to_numpy(view(x, static_cast<index_t>(PyLong_AsLongLong(p)), ellipsis, newaxis));
    }
    if (op == "at") {  // a[i, j, k] for a 3-tuple p
      auto x = arg<double>(a);
      return PyFloat_FromDouble(at(x, PyLong_AsLongLong(PyTuple_GetItem(p, 0)), PyLong_AsLongLong(PyTuple_GetItem(p, 1)),
                                   PyLong_AsLongLong(PyTuple_GetItem(p, 2))));
    }
    if (op == "mask_get") return to_numpy(getitem(arg<double>(a), arg<bool>(p)));
    if (op == "mask_get1") return to_numpy(getitem(arg<double>(a), arg<bool, 1>(p)));
    if (op == "mask_set") {
      setitem(arg<double>(a), arg<bool>(p), PyFloat_AsDouble(q));
      Py_RETURN_NONE;
    }
    if (op == "mask_set_expr") {  // a[m] = a[m] * 2 - 1, written as numpy would evaluate it
      auto x = arg<double>(a);
      auto m = arg<bool>(p);
      setitem(x, m, getitem(x, m) * 2.0 - 1.0);
      Py_RETURN_NONE;
    }
    if (op == "take") return to_numpy(getitem(arg<double>(a), arg<std::int64_t, 1>(p)));
    if (op == "pair_get")  // a[i0, i1] with rank-2 index arrays in the tuple p
      return to_numpy(getitem(arg<double>(a), arg<std::int64_t, 2>(PyTuple_GetItem(p, 0)), arg<std::int64_t, 2>(PyTuple_GetItem(p, 1))));
    if (op == "pair_set") {
      setitem(arg<double>(a), arg<std::int64_t, 2>(PyTuple_GetItem(p, 0)), arg<std::int64_t, 2>(PyTuple_GetItem(p, 1)), PyFloat_AsDouble(q));
      Py_RETURN_NONE;
    }
    if (op == "take_axis")  // np.take(a, idx, axis) with a 2-d index array
      return to_numpy(take(arg<double>(a), arg<std::int64_t, 2>(p), PyLong_AsLongLong(q)));
    if (op == "take_set") {
      setitem(arg<double>(a), arg<std::int64_t, 1>(p), PyFloat_AsDouble(q));
      Py_RETURN_NONE;
    }
    if (op == "shift_right") {  // a[1:] = a[:-1] + 1
      auto x = arg<double, 1>(a);
      assign(view(x, slice{1}), view(x, slice{slice_none, -1}) + 1.0);
      Py_RETURN_NONE;
    }
    if (op == "shift_left") {  // a[:-1] = a[1:] * 2
      auto x = arg<double, 1>(a);
      assign(view(x, slice{slice_none, -1}), view(x, slice{1}) * 2.0);
      Py_RETURN_NONE;
    }
    if (op == "reverse") {  // a[:] = a[::-1] + 0
      auto x = arg<double, 1>(a);
      assign(x, view(x, slice{slice_none, slice_none, -1}) + 0.0);
      Py_RETURN_NONE;
    }
    if (op == "iadd") {  // a += b (b broadcasts)
      auto x = arg<double>(a);
      x += arg<double>(p);
      Py_RETURN_NONE;
    }
    if (op == "any_rank_sum_of_squares")  // rank chosen at call time (with_rank)
      return python::with_rank<double, 4>(a, argument_context{"check", "a"}, [&](auto x) -> PyObject* {
        return PyFloat_FromDouble(sum(x * x));
      });
    if (op == "temporaries") return PyLong_FromLongLong(test_hooks::temporaries);
    raise(exception_kind::ValueError, "unknown index operation " + std::string(op));
  });
}
