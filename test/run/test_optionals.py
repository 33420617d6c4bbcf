"""Differential tests of modules/optionals.py: T | None values and their narrowing."""

from harness import call, differential

CALLS = (
    [call("running_max", xs) for xs in ([], [3, 1, 7, 2], [-5, -9])]
    + [call("first_positive", xs) for xs in ([], [-1.0, 2.5, 3.0], [-1.0])]
    + [call("early_return", xs) for xs in ([], [1, 2, 6, 9], [4, 5])]
    + [call("truthiness", n) for n in (0, 5, 7, 9)]
    + [call("and_chain", n) for n in (-1, 0, 3, 12)]
    + [call("while_narrowed", n) for n in (-2, 0, 1, 10)]
    + [call("assert_narrows", n) for n in (0, 4)]
    + [call("else_branch", n) for n in (-1, 3)]
    + [call("annotated", n) for n in (0, 5)]
    + [call("reassigned_in_loop", xs) for xs in ([], [1, 2, -3, 4, 5])]
    + [call("optional_str", ["ab", "cde", "fg"], n) for n in (2, 3, 4)]
    + [call("dict_get", {"a": 1}, k) for k in ("a", "b")]
    + [call("dict_get_raw", {"a": 1}, k) for k in ("a", "b")]
    + [call("max_default", xs) for xs in ([], [2, 9, 4])]
    + [call("min_default", xs) for xs in ([], ["ccc", "a", "bb"])]
    + [call("none_raises", n) for n in (-3, 2, 8)]
    + [call("annotated_return", n) for n in (-1, 4)]
    + [call("widened_later", n) for n in (-1, 4)]
    + [call("nested_optional_calls", xs) for xs in ([], [1, -2, 3])]
)

test_function, test_call, test_module = differential("optionals", CALLS)
