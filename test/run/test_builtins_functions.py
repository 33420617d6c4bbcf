"""Differential tests of modules/builtins_functions.py: sum, min/max over iterables with key=
and default=, any/all, reversed, ord/chr, heapq, bisect, math.fsum/prod against CPython,
with empty inputs, NaN, -0.0, overflow and CPython's exception messages."""

from harness import call, differential

NAN, INF = float("nan"), float("inf")
BIG = 2**62
# Not compared here (documented differences, docs/supported.md): sum/prod of an empty list of
# floats gives 0.0/1.0 where CPython gives the int start; an intermediate int64 overflow
# raises OverflowError even when CPython's exact result would fit.
CALLS = (
    [call("sums", xs, fs) for xs, fs in [([1, 2, 3], [0.1, 0.2, 0.3]), ([-5], [-0.0]), ([7], [1e308, 1e308, -INF])]]
    + [call("sum_generator", n) for n in (1, 10)]
    + [call("sum_overflow", [BIG, BIG], overflows=True), call("sum_overflow", [BIG, -BIG, BIG])]
    + [call("min_max", xs) for xs in ([1.5], [3.0, -1.0, 2.0], [NAN, 1.0, 2.0], [1.0, NAN, 0.5], [0.0, -0.0], [-0.0, 0.0], [])]
    + [call("min_max_ints", xs) for xs in ([4, -4, 2, -7, 7, 5], [0], [])]
    + [call("min_max_default", xs) for xs in ([], [3, 1, 2])]
    + [call("min_max_float_default", [])]
    + [call("min_max_words", ws) for ws in (["pear", "fig", "apple", "kiwi"], ["b", "a"], [])]
    + [call("min_max_tuples", ps) for ps in ([(2, "b"), (1, "z"), (2, "a")], [(0, "")])]
    + [call("min_max_scalars", a, b) for a, b in [(5, 1.0), (2, NAN), (-1, -0.0)]]
    + [call("min_generator", xs) for xs in ([1, 2, 3], [])]
    + [call("max_empty", xs) for xs in ([], ["x"])]
    + [call("any_all", xs, fs, ws) for xs, fs, ws in [([], [], []), ([0, 0], [0.0, -0.0], ["", "a"]),
                                                      ([1, 2], [NAN], ["ab", "ac"]), ([0, 3], [1.0, 0.0], ["b"])]]
    + [call("reversals", xs, s) for xs, s in [([], ""), ([1, 2, 3], "héllo")]]
    + [call("ords", s) for s in ("", "aZ~", "é€😀")]
    + [call("ord_of", s) for s in ("x", "", "ab", "😀")]
    + [call("chrs", cs) for cs in ([], [97, 0x20AC, 0x1F600, 0])]
    + [call("chr_of", i) for i in (65, -1, 0x110000, 0x10FFFF)]
    + [call("heap_ops", xs, e) for xs, e in [([], 5), ([5, 3, 8, 1, 9, 2, 7], 4), ([1, 1, 1], 1), ([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], -1)]]
    + [call("heap_tuples", items) for items in ([], [(2.0, "b"), (1.0, "z"), (2.0, "a"), (-0.0, "q"), (0.0, "p")])]
    + [call("heap_pop_empty", xs) for xs in ([], [3])]
    + [call("heap_replace_empty", xs) for xs in ([], [3])]
    + [call("smallest_largest", xs, n) for xs, n in [([], 3), ([5, 1, 4, 1, 5, 9, 2, 6], 3), ([3, 1], 0), ([3, 1], -2), ([3, 1, 2], 10)]]
    + [call("bisections", xs, x) for xs, x in [([], 1.0), ([1.0, 2.0, 2.0, 3.0], 2.0), ([1.0, 2.0, 3.0], 0.0),
                                               ([1.0, 2.0, 3.0], 9.0), ([-0.0, 0.0], 0.0)]]
    + [call("bisect_bad_lo", [1, 2, 3], lo) for lo in (0, -1, 5)]
    + [call("insorts", xs, vs) for xs, vs in [([], [3, 1, 2]), ([0, 5, 10], [5, -5, 0])]]
    + [call("fsums", xs) for xs in ([0.1] * 10, [1e-16, 1.0, 1e16], [1e308, 1e308, -1e308], [INF, 1.0], [INF, -INF],
                                    [NAN, 1.0], [-0.0], [-0.0, -0.0], [1e100, 1.0, -1e100, 1e-100])]
    + [call("fsum_ints", xs) for xs in ([], [1, 2, 2**53, 1])]
    + [call("prods", xs, fs) for xs, fs in [([], [1.0]), ([2, 3, -4], [0.5, -0.0, 3.0]), ([7], [1e200, 1e200])]]
    + [call("prod_overflow", [2**40, 2**40], overflows=True), call("prod_overflow", [-(2**31), 2**32])]
    + [call("kinds", 1, 2.0, "s", [1]), call("kinds", 0, -0.0, "", [])]
    + [call("printing", 0, 1e16, "", [])]
    + [call("count_true", xs, fs) for xs, fs in [([], []), ([1, 3, 5], [True, False, True])]]
)

# int(str) / float(str): CPython's grammar (whitespace, underscores, Unicode digits, inf/nan) and messages.
INT_TEXTS = ["12", " -1_000 ", "1__0", "_1", "1_", "\u0663\u0660", "9223372036854775807", "-9223372036854775808",
             "+7", "", " ", "abc", "1.5", "0x10", "007", "\t42\n", "\u20035\u2003", "- 1", "\uff11"]
FLOAT_TEXTS = ["1.5", " -inf ", "Infinity", "nan", "-nan", "1e400", "-1e-400", "1_0.5", "1._5", ".5", "5.", "e5", "1e",
               "0x10", "\u0661.\u0665", "4.9e-324", "0.1", "1e+5", "inF", ".", "", "  ", "1e5_0", "-.0", "+1E-2",
               "infinit", "nana", "1_000.000_1e1_0", "2.5e-3", "\u00a0 3.25"]
CALLS += tuple([call("parse_int", t) for t in INT_TEXTS] + [call("parse_float", t) for t in FLOAT_TEXTS]
               + [call("parse_int", "9223372036854775808", overflows=True)])

test_function, test_call, test_module = differential("builtins_functions", CALLS)


def test_print_matches_cpython(compiled_modules, capsys):
    """print writes through sys.stdout: the same text as CPython's, sep= and end= included."""
    from harness import load_reference

    module = compiled_modules["builtins_functions"]
    assert not isinstance(module, str), module
    args = (3, -0.5, "héllo 'q'", [1, 2])
    assert load_reference("builtins_functions").printing(*args) == 3
    expected = capsys.readouterr().out
    assert module.printing(*args) == 3
    assert capsys.readouterr().out == expected
