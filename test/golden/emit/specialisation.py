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
# CHECK:CPP: static double use(std::int64_t n, double y);
# CHECK:CPP: static std::int64_t _scale__0(std::int64_t x, std::int64_t k);
# CHECK:CPP: static double _scale__1(double x, double k);
# CHECK:CPP:
# CHECK:CPP: #line 10 "specialisation.py"
# CHECK:CPP: static double use(std::int64_t n, double y) {
# CHECK:CPP:   std::int64_t total{};
# CHECK:CPP:   std::int64_t i{};
# CHECK:CPP:   double tmp0_{};
# CHECK:CPP:   double tmp1_{};
# CHECK:CPP: #line 11 "specialisation.py"
# CHECK:CPP:   total = std::int64_t{0};
# CHECK:CPP:   for (std::int64_t loop0_ : pycxx::range(n)) {
# CHECK:CPP:     i = loop0_;
# CHECK:CPP: #line 13 "specialisation.py"
# CHECK:CPP:     total = _scale__0((i + std::int64_t{1}), std::int64_t{2});
# CHECK:CPP:   }
# CHECK:CPP: #line 14 "specialisation.py"
# CHECK:CPP:   return ((tmp1_ = ((tmp0_ = _scale__1(y, 2.0)), (tmp0_ + pycxx::int_to_float(total)))), (tmp1_ + pycxx::shims::math::sqrt(y)));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: #line 6 "specialisation.py"
# CHECK:CPP: static std::int64_t _scale__0(std::int64_t x, std::int64_t k) {
# CHECK:CPP:   return pycxx::int_mul(x, k);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: #line 6 "specialisation.py"
# CHECK:CPP: static double _scale__1(double x, double k) {
# CHECK:CPP:   return (x * k);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_specialisation
