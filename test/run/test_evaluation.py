"""Differential tests of modules/evaluation.py: short-circuit and conditional evaluation,
chained comparisons, loop variables, precedence, range edge cases, literal arithmetic."""

from harness import INT64_MAX, INT64_MIN, call, differential

CALLS = (
    [call("short_circuit", x) for x in (0, 1, 3, 5, -4)]
    + [call("chained_once", n) for n in (0, 1, 5, 6)]
    + [call("loop_variable_after", n) for n in (0, 1, 5)]
    + [call("precedence", a, b) for a, b in ((3, 4), (-2, 5), (0, 0))]
    + [call("float_precedence", x) for x in (4.0, -3.0, 0.0)]
    + [call("countdown", n) for n in (0, 1, 10)]
    + [call("big_range", *args) for args in [(INT64_MAX - 3, INT64_MAX, 1), (INT64_MIN + 2, INT64_MIN, -1),
                                             (0, INT64_MAX, INT64_MAX // 3), (INT64_MAX, INT64_MIN, INT64_MIN),
                                             (5, 0, 1), (0, 5, 0)]]
    + [call("division_of_literals")]
)

test_function, test_call, test_module = differential("evaluation", CALLS)
