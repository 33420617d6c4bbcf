"""Python semantics through the scalar runtime: checked int ops, floor division, true division,
mixed int/float comparisons, promotion to float."""


def ops(a: int, b: int, x: float) -> tuple[int, int, float, float, bool]:
    return a + b * 2, a // b % 3, a / b, x ** 2 - a, a < x

# CHECK:CPP: namespace pycxx_module_arithmetic {
# CHECK:CPP:
# CHECK:CPP: std::exception_ptr pycxx_module_error_;  // the first exception of module-level code
# CHECK:CPP: static std::tuple<std::int64_t, std::int64_t, double, double, bool> py_ops(std::int64_t py_a, std::int64_t py_b, double py_x);
# CHECK:CPP:
# CHECK:CPP: #line 5 "arithmetic.py"
# CHECK:CPP: static std::tuple<std::int64_t, std::int64_t, double, double, bool> py_ops(std::int64_t py_a, std::int64_t py_b, double py_x) {
# CHECK:CPP:   return std::tuple<std::int64_t, std::int64_t, double, double, bool>{pycxx::int_add(py_a, pycxx::int_mul(py_b, std::int64_t{2})), pycxx::int_mod(pycxx::int_floordiv(py_a, py_b), std::int64_t{3}), pycxx::int_truediv(py_a, py_b), (pycxx::float_pow(py_x, 2.0) - pycxx::int_to_float(py_a)), pycxx::lt(py_a, py_x)};
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_arithmetic
