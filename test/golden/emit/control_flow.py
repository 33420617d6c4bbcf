"""Loops with else (break becomes a goto past the else block), chained comparisons evaluating
the middle operand once, tuple swaps, and/or returning an operand."""


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def between(lo: int, x: int, hi: int) -> bool:
    return lo <= x * 2 < hi


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def pick(a: int, b: int) -> int:
    return a or b

# CHECK:CPP: namespace pycxx_module_control_flow {
# CHECK:CPP:
# CHECK:CPP: std::exception_ptr pycxx_module_error_;  // the first exception of module-level code
# CHECK:CPP: static std::int64_t py_first_divisor(std::int64_t py_n);
# CHECK:CPP: static bool py_between(std::int64_t py_lo, std::int64_t py_x, std::int64_t py_hi);
# CHECK:CPP: static std::int64_t py_gcd(std::int64_t py_a, std::int64_t py_b);
# CHECK:CPP: static std::int64_t py_pick(std::int64_t py_a, std::int64_t py_b);
# CHECK:CPP:
# CHECK:CPP: #line 5 "control_flow.py"
# CHECK:CPP: static std::int64_t py_first_divisor(std::int64_t py_n) {
# CHECK:CPP:   std::int64_t py_d{};
# CHECK:CPP:   bool py_d_bound_{};
# CHECK:CPP: #line 6 "control_flow.py"
# CHECK:CPP:   for (std::int64_t loop0_ : pycxx::range(std::int64_t{2}, py_n)) {
# CHECK:CPP:     py_d = loop0_;
# CHECK:CPP: #line 6 "control_flow.py"
# CHECK:CPP:     py_d_bound_ = true;
# CHECK:CPP:     if (pycxx::eq(pycxx::int_mod(py_n, py_d), std::int64_t{0})) {
# CHECK:CPP:       goto loop0_break;
# CHECK:CPP:     }
# CHECK:CPP:   }
# CHECK:CPP: #line 10 "control_flow.py"
# CHECK:CPP:   return py_n;
# CHECK:CPP:   loop0_break:;
# CHECK:CPP: #line 11 "control_flow.py"
# CHECK:CPP:   return (py_d_bound_ ? py_d : (pycxx::raise(pycxx::exception_kind::UnboundLocalError, "cannot access local variable 'd' where it is not associated with a value"), py_d));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static bool py_between(std::int64_t py_lo, std::int64_t py_x, std::int64_t py_hi) {
# CHECK:CPP:   std::int64_t tmp0_{};
# CHECK:CPP: #line 15 "control_flow.py"
# CHECK:CPP:   return (pycxx::le(py_lo, (tmp0_ = pycxx::int_mul(py_x, std::int64_t{2}))) && pycxx::lt(tmp0_, py_hi));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static std::int64_t py_gcd(std::int64_t py_a, std::int64_t py_b) {
# CHECK:CPP:   std::int64_t tmp0_{};
# CHECK:CPP:   std::int64_t tmp1_{};
# CHECK:CPP: #line 19 "control_flow.py"
# CHECK:CPP:   while ((py_b != 0)) {
# CHECK:CPP:     tmp0_ = py_b;
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     tmp1_ = pycxx::int_mod(py_a, py_b);
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     py_a = tmp0_;
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     py_b = tmp1_;
# CHECK:CPP:   }
# CHECK:CPP: #line 21 "control_flow.py"
# CHECK:CPP:   return py_a;
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static std::int64_t py_pick(std::int64_t py_a, std::int64_t py_b) {
# CHECK:CPP:   return ((py_a != 0) ? py_a : py_b);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_control_flow
