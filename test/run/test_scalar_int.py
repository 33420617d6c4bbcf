"""Differential tests of modules/scalar_int.py: int arithmetic with Python's rules, int64
overflow as OverflowError, ZeroDivisionError messages, comparisons, conditional expressions."""

from harness import INT64_MAX, INT64_MIN, call, differential

PAIRS = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (0, 0), (1, -1), (INT64_MIN, 1), (INT64_MAX, -1),
         (2**53 + 1, 3), (-(2**40), 12345)]

CALLS = (
    [call(f, a, b) for f in ("add", "sub", "floordiv", "mod", "div_mod", "truediv", "bitwise", "compare")
     for a, b in PAIRS]
    + [call("mul", a, b) for a, b in PAIRS if a * b <= INT64_MAX]
    + [
        call("add", INT64_MAX, 1, overflows=True),
        call("sub", INT64_MIN, 1, overflows=True),
        call("mul", 2**62, 2, overflows=True),
        call("mul", 3037000500, 3037000500, overflows=True),
        call("neg", INT64_MIN, overflows=True),
        call("absolute", INT64_MIN, overflows=True),
        call("floordiv", INT64_MIN, -1, overflows=True),
        call("div_mod", INT64_MIN, -1, overflows=True),
        call("mod", INT64_MIN, -1),
        call("neg", 5), call("absolute", -5),
        call("truediv", INT64_MAX, 3), call("truediv", 2**53 + 1, 1), call("truediv", 1, 0),
        call("power", 2, 62), call("power", -2, 63), call("power", 3, 0), call("power", -1, 2**62),
        call("power", 2, 63, overflows=True), call("power", 10, 19, overflows=True),
        call("shifts", 1, 3), call("shifts", -7, 1), call("shifts", -7, 100), call("shifts", 5, 0),
        call("shifts", 1, -1), call("shifts", 1, 63, overflows=True),
        call("in_range", 0, 5, 10), call("in_range", 0, 10, 10), call("in_range", 0, -1, 10),
        call("chained", 1, 2, 3, 4), call("chained", 1, 2, 3, 3), call("chained", 3, 2, 1, 0),
        call("sign", 5), call("sign", -5), call("sign", 0),
        call("clamp", -5), call("clamp", 50), call("clamp", 5), call("clamp", 5, 6), call("clamp", 5, hi=3),
        call("clamp", x=20, lo=1, hi=2),
    ]
)

test_function, test_call, test_module = differential("scalar_int", CALLS)
