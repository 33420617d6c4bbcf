// A hand-written extension module using runtime/pycxx/python/ exactly as generated code does
// (module.hpp's example), so test_boundary_runtime.py checks the boundary API, its messages and
// exception translation without the compiler. Built by that test with the system C++ compiler.
#include <complex>
#include <cstdint>
#include <new>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "pycxx/python/module.hpp"
#include "pycxx/python/numpy_scalar.hpp"
#include "pycxx/python/print.hpp"
#include "pycxx/python/recursion_guard.hpp"
#include "pycxx/scalar/int_ops.hpp"

namespace {

std::int64_t fib(std::int64_t n) { return n < 2 ? n : pycxx::int_add(fib(n - 1), fib(n - 2)); }

constexpr const char* fib_parameters[] = {"n"};
constexpr pycxx::python::signature fib_signature{"fib", fib_parameters, 1};
PyObject* fib_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<1>(fib_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<1>& a) {
                                           std::int64_t n = a.get<std::int64_t>(0);
                                           pycxx::python::gil_release nogil;
                                           return fib(n);
                                         });
}

using point = std::tuple<std::int64_t, double>;
constexpr const char* mix_parameters[] = {"x", "z", "flag", "p", "nothing"};
constexpr pycxx::python::signature mix_signature{"mix", mix_parameters, 2};
PyObject* mix_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<5>(
      mix_signature, args, nargs, kwnames, [](const pycxx::python::bound_arguments<5>& a) {
        double x = a.get<double>(0);
        std::complex<double> z = a.get<std::complex<double>>(1);
        bool flag = a.get_or<bool>(2, true);
        point p = a.get_or<point>(3, point{1, 2.5});
        pycxx::none_t nothing = a.get_or<pycxx::none_t>(4, pycxx::none);
        return std::make_tuple(x, z, flag, p, nothing);
      });
}

// raise_kind(k): each way compiled code can fail, to check the translation to Python.
constexpr const char* raise_parameters[] = {"k"};
constexpr pycxx::python::signature raise_signature{"raise_kind", raise_parameters, 1};
PyObject* raise_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<1>(raise_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<1>& a) {
                                           std::int64_t k = a.get<std::int64_t>(0);
                                           pycxx::python::gil_release nogil;  // unwinding re-takes the GIL
                                           if (k == 0) pycxx::raise(pycxx::exception_kind::KeyError, "missing");
                                           if (k == 1) pycxx::int_floordiv(1, 0);
                                           if (k == 2) throw std::bad_alloc();
                                           if (k == 3) throw std::logic_error("a C++ logic error");
                                           if (k == 4) pycxx::raise(pycxx::exception_kind::UnicodeError, "bad text");
                                           if (k == 5) pycxx::int_mul(INT64_MAX, k);
                                           if (k == 6) pycxx::raise(pycxx::exception_kind::KeyError, "");
                                         });
}

// show(x, n): print() from compiled code, once with the GIL held and once released.
constexpr const char* show_parameters[] = {"x", "n"};
constexpr pycxx::python::signature show_signature{"show", show_parameters, 2};
PyObject* show_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<2>(show_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<2>& a) {
                                           double x = a.get<double>(0);
                                           std::int64_t n = a.get<std::int64_t>(1);
                                           pycxx::python::print("x =", x, std::make_tuple(n, true), pycxx::none);
                                           pycxx::python::gil_release nogil;
                                           pycxx::python::print_with(", ", ";\n", n, std::complex<double>(0, x));
                                         });
}

// narrow(a, b, f, z): numpy scalar types without a Python counterpart, in and out.
constexpr const char* narrow_parameters[] = {"a", "b", "f", "z"};
constexpr pycxx::python::signature narrow_signature{"narrow", narrow_parameters, 4};
PyObject* narrow_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<4>(narrow_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<4>& a) {
                                           auto i8 = a.get<std::int8_t>(0);
                                           auto u64 = a.get<std::uint64_t>(1);
                                           auto f32 = a.get<float>(2);
                                           auto c64 = a.get<std::complex<float>>(3);
                                           return std::make_tuple(i8, u64, f32, c64, std::uint8_t{255},
                                                                  std::int32_t{-7});
                                         });
}

// maybe(x, t): `int | None` and `tuple[float, bool] | None` parameters and results.
using maybe_pair = std::optional<std::tuple<double, bool>>;
constexpr const char* maybe_parameters[] = {"x", "t"};
constexpr pycxx::python::signature maybe_signature{"maybe", maybe_parameters, 1};
PyObject* maybe_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<2>(maybe_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<2>& a) {
                                           auto x = a.get<std::optional<std::int64_t>>(0);
                                           auto t = a.get_or<maybe_pair>(1, std::nullopt);
                                           std::optional<std::int64_t> doubled;
                                           if (x) doubled = pycxx::int_mul(*x, 2);
                                           return std::make_tuple(doubled, t);
                                         });
}

// depth(n): recursion n deep, guarded as generated code guards recursive functions.
std::int64_t depth(std::int64_t n) {
  pycxx::check_recursion();
  if (n == 0) return 0;
  return pycxx::int_add(1, depth(n - 1));
}
constexpr const char* depth_parameters[] = {"n"};
constexpr pycxx::python::signature depth_signature{"depth", depth_parameters, 1};
PyObject* depth_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<1>(depth_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<1>& a) {
                                           std::int64_t n = a.get<std::int64_t>(0);
                                           pycxx::python::gil_release nogil;
                                           return depth(n);
                                         });
}

constexpr pycxx::python::signature nothing_signature{"nothing"};
PyObject* nothing_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  return pycxx::python::call_exported<0>(nothing_signature, args, nargs, kwnames,
                                         [](const pycxx::python::bound_arguments<0>&) { return pycxx::none; });
}

PyMethodDef methods[] = {
    pycxx::python::method("fib", fib_wrapper, "fib($module, /, n)\n--\n\nFibonacci numbers."),
    pycxx::python::method("mix", mix_wrapper,
                          "mix($module, /, x, z, flag=True, p=(1, 2.5), nothing=None)\n--\n\n"),
    pycxx::python::method("raise_kind", raise_wrapper, "raise_kind($module, /, k)\n--\n\n"),
    pycxx::python::method("show", show_wrapper, "show($module, /, x, n)\n--\n\n"),
    pycxx::python::method("narrow", narrow_wrapper, "narrow($module, /, a, b, f, z)\n--\n\n"),
    pycxx::python::method("maybe", maybe_wrapper, "maybe($module, /, x, t=None)\n--\n\n"),
    pycxx::python::method("depth", depth_wrapper, "depth($module, /, n)\n--\n\n"),
    pycxx::python::method("nothing", nothing_wrapper, "nothing($module, /)\n--\n\n"),
    pycxx::python::method_table_end(),
};
PyModuleDef module_def = pycxx::python::module_definition("probe", "The boundary probe.", methods);

}  // namespace

PyMODINIT_FUNC PyInit_probe() {
  return pycxx::python::create_module(&module_def, [](PyObject* m) {
    pycxx::python::add_attribute(m, "LIMIT", std::int64_t{1000});
    pycxx::python::add_attribute(m, "ORIGIN", std::make_tuple(0.5, true, pycxx::none));
  });
}
