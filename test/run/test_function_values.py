"""Differential tests of modules/function_values.py: lambdas in variables, builtins as values, nonlocal."""

from harness import call, differential

CALLS = (
    [call("lambda_in_comprehension", xs) for xs in ([], [1, -2, 3])]
    + [call("lambda_reads_enclosing", k) for k in (0, 3)]
    + [call("lambda_as_key", ["bb", "a", "ab", "c"])]
    + [call("lambda_two_types", x) for x in (1.5, -0.0)]
    + [call("lambda_two_params", 3, 4)]
    + [call("lambda_raises", n) for n in (7, 0)]
    + [call("key_len", ["ccc", "a", "bb", "d"])]
    + [call("key_abs", [-3, 1, -2, 3])]
    + [call("key_lower", ["b", "A", "C", "a"])]
    + [call("longest", xs) for xs in (["a", "ccc", "bb"], [])]
    + [call("shortest_or_none", xs) for xs in (["ccc", "a"], [])]
    + [call("sort_in_place", [-2.5, 1.0, 0.5])]
    + [call("nonlocal_sum", n) for n in (0, 5)]
    + [call("nonlocal_two", xs) for xs in ([], [3, 9, 2])]
    + [call("nonlocal_overflow", 1), call("nonlocal_overflow", 2, overflows=True)]
    + [call("global_read", n) for n in (3, 20)]
    + [call("recursive_closure_finally", n) for n in (0, 4)]
    + [call("recursive_closure", n) for n in (1, 10)] + [call("recursive_closure", 30, overflows=True)]
)

test_function, test_call, test_module = differential("function_values", CALLS)
