"""Differential tests of modules/fstrings.py: f-string fields and format specs give CPython's
text, and CPython's ValueError messages for bad specs."""

from harness import call, differential

NAN, INF = float("nan"), float("inf")
FLOATS = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234567.891, -0.04, 1e-7, 1e16, 2.5, 0.125, 1e300, INF, -INF, NAN, 123456789.0]
INTS = [0, 1, -1, 42, -255, 1234567, 2**63 - 1, -2**63]
CALLS = (
    [call("plain", n, x, s, b) for n, x, s, b in [(0, 0.1, "", True), (-7, -0.0, "héllo", False), (10**12, 1e22, "x'y", True)]]
    + [call("conversions", s, x, p) for s, x, p in [("", 1.0, (1, "a")), ("it's \"q\"\n", NAN, (-2, "é"))]]
    + [call("float_specs", x) for x in FLOATS]
    + [call("int_specs", n) for n in INTS]
    + [call("str_specs", s) for s in ("", "ab", "héllo wörld", "😀x")]
    + [call("bool_specs", b) for b in (True, False)]
    + [call("char_spec", n) for n in (65, 0x20AC, 0x1F600, -1, 0x110000)]
    + [call("bad_spec_float", 1.5, k) for k in range(3)]
    + [call("bad_spec_int", 5, k) for k in range(4)]
    + [call("bad_spec_str", "a", k) for k in range(4)]
    + [call("str_format", n, x, s) for n, x, s in [(0, 0.0, ""), (-1234567, 2.675, "é'x"), (7, NAN, "ab")]]
)

test_function, test_call, test_module = differential("fstrings", CALLS)
