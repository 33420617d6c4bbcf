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
# CHECK:CPP: static std::int64_t first_divisor(std::int64_t n);
# CHECK:CPP: static bool between(std::int64_t lo, std::int64_t x, std::int64_t hi);
# CHECK:CPP: static std::int64_t gcd(std::int64_t a, std::int64_t b);
# CHECK:CPP: static std::int64_t pick(std::int64_t a, std::int64_t b);
# CHECK:CPP:
# CHECK:CPP: #line 5 "control_flow.py"
# CHECK:CPP: static std::int64_t first_divisor(std::int64_t n) {
# CHECK:CPP:   std::int64_t d{};
# CHECK:CPP:   bool d_bound_{};
# CHECK:CPP: #line 6 "control_flow.py"
# CHECK:CPP:   for (std::int64_t loop0_ : pycxx::range(std::int64_t{2}, n)) {
# CHECK:CPP:     d = loop0_;
# CHECK:CPP: #line 6 "control_flow.py"
# CHECK:CPP:     d_bound_ = true;
# CHECK:CPP:     if (pycxx::eq(pycxx::int_mod(n, d), std::int64_t{0})) {
# CHECK:CPP:       goto loop0_break;
# CHECK:CPP:     }
# CHECK:CPP:   }
# CHECK:CPP: #line 10 "control_flow.py"
# CHECK:CPP:   return n;
# CHECK:CPP:   loop0_break:;
# CHECK:CPP: #line 11 "control_flow.py"
# CHECK:CPP:   return (d_bound_ ? d : (pycxx::raise(pycxx::exception_kind::UnboundLocalError, "cannot access local variable 'd' where it is not associated with a value"), d));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static bool between(std::int64_t lo, std::int64_t x, std::int64_t hi) {
# CHECK:CPP:   std::int64_t tmp0_{};
# CHECK:CPP: #line 15 "control_flow.py"
# CHECK:CPP:   return (pycxx::le(lo, (tmp0_ = pycxx::int_mul(x, std::int64_t{2}))) && pycxx::lt(tmp0_, hi));
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static std::int64_t gcd(std::int64_t a, std::int64_t b) {
# CHECK:CPP:   std::int64_t tmp0_{};
# CHECK:CPP:   std::int64_t tmp1_{};
# CHECK:CPP: #line 19 "control_flow.py"
# CHECK:CPP:   while ((b != 0)) {
# CHECK:CPP:     tmp0_ = b;
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     tmp1_ = pycxx::int_mod(a, b);
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     a = tmp0_;
# CHECK:CPP: #line 20 "control_flow.py"
# CHECK:CPP:     b = tmp1_;
# CHECK:CPP:   }
# CHECK:CPP: #line 21 "control_flow.py"
# CHECK:CPP:   return a;
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: static std::int64_t pick(std::int64_t a, std::int64_t b) {
# CHECK:CPP:   return ((a != 0) ? a : b);
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_control_flow
