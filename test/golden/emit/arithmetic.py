"""Python semantics through the scalar runtime: checked int ops, floor division, true division,
mixed int/float comparisons, promotion to float."""


def ops(a: int, b: int, x: float) -> tuple[int, int, float, float, bool]:
    return a + b * 2, a // b % 3, a / b, x ** 2 - a, a < x

# CHECK:CPP: namespace pycxx_module_arithmetic {
# CHECK:CPP:
# CHECK:CPP: std::exception_ptr pycxx_module_error_;  // the first exception of module-level code
# CHECK:CPP: static std::tuple<std::int64_t, std::int64_t, double, double, bool> ops(std::int64_t a, std::int64_t b, double x);
# CHECK:CPP:
# CHECK:CPP: #line 5 "arithmetic.py"
# CHECK:CPP: static std::tuple<std::int64_t, std::int64_t, double, double, bool> ops(std::int64_t a, std::int64_t b, double x) {
# CHECK:CPP:   double tmp0_{};
# CHECK:CPP: #line 6 "arithmetic.py"
# CHECK:CPP:   return std::tuple<std::int64_t, std::int64_t, double, double, bool>{pycxx::int_add(a, pycxx::int_mul(b, std::int64_t{2})), pycxx::int_mod(pycxx::int_floordiv(a, b), std::int64_t{3}), pycxx::int_truediv(a, b), ((tmp0_ = pycxx::float_pow(x, 2.0)), (tmp0_ - pycxx::int_to_float(a))), pycxx::lt(a, x)};
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_arithmetic
