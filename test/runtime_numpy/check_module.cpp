// The extension module behind the differential test (test_runtime_vs_numpy.py): a few
// generic entry points that evaluate a named ufunc / reduction / scan / where / indexing
// over numpy arrays through pycxx's runtime and the numpy bridge, so pytest can compare
// hundreds of expressions with numpy. Operands arrive as rank-3 views (pytest reshapes).
#define PYCXX_TEST_HOOKS
#include "pycxx/python/ndarray_bridge.hpp"

#include <complex>
#include <cstring>
#include <string_view>

namespace {
using namespace pycxx;
using pycxx::python::argument_context;
using pycxx::python::from_numpy;
using pycxx::python::to_numpy;
using c128 = std::complex<double>;
constexpr std::size_t R = 3;

template <class... T> struct type_list {};
using dtypes = type_list<bool, std::int8_t, std::int32_t, std::int64_t, std::uint8_t, float, double, c128>;

template <class T> struct tag { using type = T; };

// Calls f(tag<T>) for the dtype of array `o`.
template <class F, class T, class... Ts> PyObject* dispatch(PyObject* o, F&& f, type_list<T, Ts...>) {
  if (!PyArray_Check(o)) raise(exception_kind::TypeError, "expected a numpy array");
  if (PyArray_EquivTypenums(PyArray_TYPE(reinterpret_cast<PyArrayObject*>(o)), python::npy_type_of<T>())) return f(tag<T>{});
  if constexpr (sizeof...(Ts) > 0) return dispatch(o, f, type_list<Ts...>{});
  else raise(exception_kind::TypeError, "dtype not covered by the test module");
}
template <class F> PyObject* dispatch(PyObject* o, F&& f) { return dispatch(o, f, dtypes{}); }

template <class T> ndarray<T, R> arg(PyObject* o) { return from_numpy<T, R>(o, argument_context{"check", "operand"}); }

// Which (op, type) combinations numpy defines (others are compile errors in pycxx).
template <class Op, class C> constexpr bool supports() {
  namespace u = ufunc;
  constexpr bool cplx = is_complex_v<C>, boolean = is_bool_v<C>, integer = is_integral_v<C>;
  if constexpr (std::is_same_v<Op, u::subtract>) return !boolean;
  else if constexpr (std::is_same_v<Op, u::floor_divide> || std::is_same_v<Op, u::remainder> ||
                     std::is_same_v<Op, u::less> || std::is_same_v<Op, u::less_equal> || std::is_same_v<Op, u::greater> ||
                     std::is_same_v<Op, u::greater_equal> || std::is_same_v<Op, u::arctan2> || std::is_same_v<Op, u::hypot>)
    return !cplx;
  else if constexpr (std::is_same_v<Op, u::bitwise_and> || std::is_same_v<Op, u::bitwise_or> || std::is_same_v<Op, u::bitwise_xor>)
    return integer || boolean;
  else if constexpr (std::is_same_v<Op, u::left_shift> || std::is_same_v<Op, u::right_shift>) return integer;
  else if constexpr (std::is_same_v<Op, u::negative> || std::is_same_v<Op, u::positive> || std::is_same_v<Op, u::sign>)
    return !boolean;
  else if constexpr (std::is_same_v<Op, u::invert>) return integer || boolean;
  else if constexpr (std::is_same_v<Op, u::floor> || std::is_same_v<Op, u::ceil> || std::is_same_v<Op, u::trunc> ||
                     std::is_same_v<Op, u::rint> || std::is_same_v<Op, u::log1p> || std::is_same_v<Op, u::expm1> ||
                     std::is_same_v<Op, u::cbrt> || std::is_same_v<Op, u::erf> || std::is_same_v<Op, u::exp2> ||
                     std::is_same_v<Op, u::log2>)
    return !cplx;
  else return true;
}

// Every ufunc of the runtime's tables (the trailing void ends the lists).
#define PYCXX_BINARY_UFUNC(Name) ufunc::Name,
using binary_ops = type_list<
#include "pycxx/array/ufunc_binary.def"
    void>;
#define PYCXX_UNARY_MATH(Name, Std, Simd) ufunc::Name,
#define PYCXX_UNARY_UFUNC(Name) ufunc::Name,
using unary_ops = type_list<
#include "pycxx/array/ufunc_math.def"
#include "pycxx/array/ufunc_unary.def"
    void>;

template <class F, class Op, class... Ops> PyObject* by_name(std::string_view name, F&& f, type_list<Op, Ops...>) {
  if constexpr (std::is_void_v<Op>) raise(exception_kind::ValueError, "unknown operation " + std::string(name));
  else {
    if (name == Op::name) return f(tag<Op>{});
    return by_name(name, f, type_list<Ops...>{});
  }
}

template <class E> PyObject* result(const E& e) {
  ndarray<typename E::value_type, E::rank> r(e);
  return to_numpy(r);
}

// Mixed-dtype pairs evaluated (beyond same-dtype pairs), for a few ops.
template <class A, class B> constexpr bool mixed_pair() {
  using P = std::pair<A, B>;
  return std::is_same_v<P, std::pair<float, double>> || std::is_same_v<P, std::pair<std::int32_t, float>> ||
         std::is_same_v<P, std::pair<std::int64_t, double>> || std::is_same_v<P, std::pair<bool, std::int32_t>> ||
         std::is_same_v<P, std::pair<std::uint8_t, std::int8_t>> || std::is_same_v<P, std::pair<std::int8_t, std::int64_t>> ||
         std::is_same_v<P, std::pair<float, c128>> || std::is_same_v<P, std::pair<std::uint8_t, float>>;
}
template <class Op> constexpr bool mixed_op() {
  return std::is_same_v<Op, ufunc::add> || std::is_same_v<Op, ufunc::multiply> || std::is_same_v<Op, ufunc::true_divide> ||
         std::is_same_v<Op, ufunc::equal> || std::is_same_v<Op, ufunc::maximum>;
}

PyObject* binary(PyObject*, PyObject* args) {
  const char* name;
  PyObject *a, *b;
  if (!PyArg_ParseTuple(args, "sOO", &name, &a, &b)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    return by_name(name, [&](auto op) -> PyObject* {
      using Op = typename std::remove_cvref_t<decltype(op)>::type;
      return dispatch(a, [&](auto ta) -> PyObject* {
        using A = typename std::remove_cvref_t<decltype(ta)>::type;
        auto x = arg<A>(a);
        if (!PyArray_Check(b)) {  // a Python scalar: weak
          if constexpr (mixed_op<Op>() || std::is_same_v<Op, ufunc::subtract> || std::is_same_v<Op, ufunc::less>) {
            if (PyBool_Check(b)) {
              if constexpr (supports<Op, weak_promote_t<A, bool>>()) return result(make_binary<Op>(x, b == Py_True));
            } else
            if (PyLong_Check(b)) {
              if constexpr (supports<Op, weak_promote_t<A, std::int64_t>>()) return result(make_binary<Op>(x, std::int64_t(PyLong_AsLongLong(b))));
            } else if (PyFloat_Check(b)) {
              if constexpr (supports<Op, weak_promote_t<A, double>>()) return result(make_binary<Op>(x, PyFloat_AsDouble(b)));
            } else if (PyComplex_Check(b)) {
              if constexpr (supports<Op, weak_promote_t<A, c128>>())
                return result(make_binary<Op>(x, c128(PyComplex_RealAsDouble(b), PyComplex_ImagAsDouble(b))));
            }
          }
          raise(exception_kind::TypeError, "scalar operand not covered");
        }
        return dispatch(b, [&](auto tb) -> PyObject* {
          using B = typename std::remove_cvref_t<decltype(tb)>::type;
          if constexpr ((std::is_same_v<A, B> || (mixed_op<Op>() && mixed_pair<A, B>())) &&
                        supports<Op, promote_t<A, B>>()) {
            return result(make_binary<Op>(x, arg<B>(b)));
          } else {
            raise(exception_kind::TypeError, "operand types not covered");
          }
        });
      });
    }, binary_ops{});
  });
}

PyObject* unary(PyObject*, PyObject* args) {
  const char* name;
  PyObject* a;
  if (!PyArg_ParseTuple(args, "sO", &name, &a)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    return by_name(name, [&](auto op) -> PyObject* {
      using Op = typename std::remove_cvref_t<decltype(op)>::type;
      return dispatch(a, [&](auto ta) -> PyObject* {
        using A = typename std::remove_cvref_t<decltype(ta)>::type;
        if constexpr (supports<Op, A>() && !std::is_same_v<A, std::int8_t> && !std::is_same_v<A, std::uint8_t>)
          return result(make_unary<Op>(arg<A>(a)));
        else raise(exception_kind::TypeError, "operand type not covered");
      });
    }, unary_ops{});
  });
}

// Last loop assign() took for a + b (float32/float64), to check the SIMD path from Python.
PyObject* loop_kind_of_add(PyObject*, PyObject* args) {
  PyObject *a, *b;
  if (!PyArg_ParseTuple(args, "OO", &a, &b)) return nullptr;
  return python::guarded([&]() -> PyObject* {
    return dispatch(a, [&](auto ta) -> PyObject* {
      using A = typename std::remove_cvref_t<decltype(ta)>::type;
      if constexpr (is_float_v<A>) {
        test_hooks::reset();
        ndarray<A, R> r = arg<A>(a) + arg<A>(b);
        return PyLong_FromLong(static_cast<long>(test_hooks::last_loop));
      } else raise(exception_kind::TypeError, "float arrays only");
    });
  });
}
}  // namespace

// Reductions, scans, where and indexing are in check_module_reduce.cpp.
PyObject* check_reduce(PyObject*, PyObject*);
PyObject* check_scan(PyObject*, PyObject*);
PyObject* check_where(PyObject*, PyObject*);
PyObject* check_index(PyObject*, PyObject*);

static PyMethodDef methods[] = {
    {"binary", binary, METH_VARARGS, "binary(op, a, b): the named ufunc of two rank-3 arrays (or array, scalar)"},
    {"unary", unary, METH_VARARGS, "unary(op, a)"},
    {"loop_kind_of_add", loop_kind_of_add, METH_VARARGS, "loop kind assign() took for a + b"},
    {"reduce", check_reduce, METH_VARARGS, "reduce(op, a, axis, keepdims, ddof)"},
    {"scan", check_scan, METH_VARARGS, "scan(op, a, axis)"},
    {"where", check_where, METH_VARARGS, "where(cond, a, b)"},
    {"index", check_index, METH_VARARGS, "index(kind, a, ...): views, masks, integer arrays, overlap"},
    {nullptr, nullptr, 0, nullptr}};

static PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "_pycxx_runtime_check", nullptr, -1, methods};

PyMODINIT_FUNC PyInit__pycxx_runtime_check() {
  if (pycxx::python::import_numpy() < 0) return nullptr;
  return PyModule_Create(&module_def);
}
