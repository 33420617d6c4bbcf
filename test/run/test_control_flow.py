"""Differential tests of modules/control_flow.py: statements of the scalar subset, recursion,
several return values, module constants, docstrings, raise with a message."""

from harness import call, differential

CALLS = (
    [call("swap", 1, 2), call("rotate", 1, 2, 3)]
    + [call("classify", n) for n in (-5, 0, 7, 1000, 10**6)]
    + [call("sum_range", *args) for args in [(0, 10, 1), (10, 0, -1), (0, 10, 3), (5, 5, 1), (-10, 10, 7), (0, 10, -1)]]
    + [call("sum_range", 0, 10, 0)]
    + [call("range_forms", n) for n in (0, 1, 5, 10)]
    + [call("first_divisor", n) for n in (2, 9, 97, 91)]
    + [call("count_odd_below", n) for n in (0, 1, 10, 11)]
    + [call("while_else", n) for n in (3, 20)]
    + [call("nested_loops", n) for n in (0, 5, 20)]
    + [call("gcd", 48, 18), call("gcd", 17, 5), call("gcd", 0, 7), call("gcd", -48, 18)]
    + [call("ackermann", 2, 3), call("ackermann", 3, 3)]
    + [call("is_even", 10), call("is_even", 7)]
    + [call("min_max_sum", 3, 1, 2), call("min_max_sum", -1, 5, 0)]
    + [call("uses_helper", 3, 1.5)]
    + [call("checked_sqrt", 2.0), call("checked_sqrt", -1.0)]
    + [call("require_positive", n) for n in (5, 0, -1, 1001)]
    + [call("fail", k) for k in range(7)]
    + [call("unpack_returned", n) for n in (0, 5, -3)]
    + [call("loop_over_tuple_and_generator", a, b) for a, b in [(0, 0), (4, 5)]]
)

test_function, test_call, test_module = differential("control_flow", CALLS)


def test_unbounded_recursion_raises_recursion_error(compiled_modules):
    """CPython stops at its frame limit; compiled code recurses deeper (no interpreter
    frames) but raises RecursionError before the C stack runs out, never a segfault."""
    import pytest

    module = compiled_modules["control_flow"]
    assert not isinstance(module, str), module
    assert module.depth(500) == 500
    with pytest.raises(RecursionError, match="maximum recursion depth exceeded"):
        module.depth(10**8)
    assert module.depth(500) == 500  # the module still works after unwinding
