"""An internal function is compiled once per argument types it is called with; internal calls
are direct C++ calls with C++ values; the loop counter's `+ 1` needs no overflow check."""
import math


def _scale(x, k):
    return x * k


def use(n: int, y: float) -> float:
    total = 0
    for i in range(n):
        total = _scale(i + 1, 2)
    return _scale(y, 2.0) + total + math.sqrt(y)

# CHECK:CPP: namespace pycxx_module_specialisation {
# CHECK:CPP:
# CHECK:CPP: std::exception_ptr pycxx_module_error_;  // the first exception of module-level code
# CHECK:CPP: static double py_use(std::int64_t py_n, double py_y);
# CHECK:CPP: static std::int64_t py__scale__0_(std::int64_t py_x, std::int64_t py_k);
# CHECK:CPP: static double py__scale__1_(double py_x, double py_k);
# CHECK:CPP:
# CHECK:CPP: #line 10 "specialisation.py"
# CHECK:CPP: static double py_use(std::int64_t py_n, double py_y) {
# CHECK:CPP:   std::int64_t py_total{};
# CHECK:CPP:   std::int64_t py_i{};
# CHECK:CPP:   double tmp0_{};
# CHECK:CPP: #line 11 "specialisation.py"
# CHECK:CPP:   py_total = std::int64_t{0};
# CHECK:CPP:   for (std::int64_t loop0_ : pycxx::range(py_n)) {
# CHECK:CPP:     py_i = loop0_;
# CHECK:CPP: #line 13 "specialisation.py"
# CHECK:CPP:     py_total = py__scale__0_((py_i + std::int64_t{1}), std::int64_t{2});
# CHECK:CPP:   }
# CHECK:CPP: #line 14 "specialisation.py"
# CHECK:CPP:   return ((tmp0_ = (py__scale__1_(py_y, 2.0) + pycxx::int_to_float(py_total))), (tmp0_ + pycxx::shims::math::sqrt(py_y)));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: #line 6 "specialisation.py"
# CHECK:CPP: static std::int64_t py__scale__0_(std::int64_t py_x, std::int64_t py_k) {
# CHECK:CPP:   return pycxx::int_mul(py_x, py_k);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: #line 6 "specialisation.py"
# CHECK:CPP: static double py__scale__1_(double py_x, double py_k) {
# CHECK:CPP:   return (py_x * py_k);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_specialisation
