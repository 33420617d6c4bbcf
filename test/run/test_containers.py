"""Differential tests of modules/containers.py: str, list, dict and set with CPython's
results and exceptions, mutations of list/dict arguments seen by the caller."""

from harness import call, differential

WORDS = ["apple", "fig", "banana", "kiwi", "fig", "cherry"]
CALLS = (
    [call("list_basics", n) for n in (0, 5, -3)]
    + [call("repeat_and_index", 5, i) for i in (0, 1, -1, 4, 5, -6)]
    + [call("slices", list(range(10)), lo, hi, st) for lo, hi, st in [(0, 10, 1), (8, 2, -2), (-3, 100, 1), (5, 5, 1), (0, 10, 0)]]
    + [call("slice_defaults", xs) for xs in ([], [1], [1, 2, 3])]
    + [call("comprehension", n) for n in (0, 10)]
    + [call("nested_comprehension", n) for n in (0, 5)]
    + [call("set_and_dict_comprehension", WORDS), call("set_and_dict_comprehension", [])]
    + [call("generator_sum", [3.0, -1.5, 2.0]), call("generator_sum", [])]
    + [call("word_counts", "The cat the HAT\tthat  cat"), call("word_counts", "")]
    + [call("counts_augmented", WORDS)]
    + [call("missing_key", {"a": 1}, "a"), call("missing_key", {"a": 1}, "b")]
    + [call("index_error", [1, 2, 3], i) for i in (2, -3, 3, -4)]
    + [call("str_index", "hello", i) for i in (0, -5, 5)]
    + [call("ranked", {"b": 2, "a": 2, "c": 5, "d": 1}, k) for k in (0, 2, 10)]
    + [call("sorted_named_key", WORDS)]
    + [call("zipped", xs) for xs in ([], [1], [1, 4, 9, 16])]
    + [call("enumerated", WORDS)]
    + [call("dict_iteration", {"x": 1, "yy": 2, "zzz": 3})]
    + [call("aliasing", 1), call("append_while_iterating", 3)]
    + [call("membership", [1, 2], "xaby", {"xaby": 1}, x) for x in (1, 3)]
    + [call("truthiness", xs, s) for xs, s in [([], ""), ([0], "a")]]
    + [call("compare_lists", a, b) for a, b in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([2], [1, 5]), ([], [0])]]
    + [call("list_from", 3, "héllo")]
    + [call("dict_from", ["a", "b", "a"])]
    + [call("set_algebra", {1, 2, 3}, {2, 3, 4})]
    + [call("str_concat", "ab", "ç", 3), call("str_concat", "ab", "c", 0)]
    + [call("unicode_lengths", s) for s in ("", "ÅΣ", "naïve ΣΑΣ")]
)

CALLS += [call("group_by_first", WORDS), call("group_by_first", [])]

test_function, test_call, test_module = differential("containers", CALLS)


def test_mutations_reach_the_caller(compiled_modules):
    module = compiled_modules["containers"]
    assert not isinstance(module, str), module
    xs, d = [1, 2], {"a": 0}
    assert module.mutate_argument(xs, d) is None
    assert xs == [-1, 2, 99] and d == {"a": 0, "new": 1}


def test_write_back_only_when_changed(compiled_modules):
    module = compiled_modules["containers"]
    assert not isinstance(module, str), module
    # Read only: the caller's objects, their types (ints in a list[float]) and identities stay.
    inner, weights = [1, 2.5], {"w": 2}
    outer = [inner, [-0.0]]
    assert module.nested_total(outer, weights) == 7.0
    assert outer[0] is inner and outer == [[1, 2.5], [-0.0]] and type(inner[0]) is int
    assert type(weights["w"]) is int
    # Changed: the caller sees it, also through an inner list.
    xss = [[1], [2, 3]]
    module.grow_inner(xss)
    assert xss == [[1, 2], [2, 3]]
    xs, s = [1, 3], {1, 2}
    module.set_first(xs, s)
    assert xs == [2.0, 3] and type(xs[0]) is float and s == {1, 2, 3}
