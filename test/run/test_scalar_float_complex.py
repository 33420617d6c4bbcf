"""Differential tests of modules/scalar_float_complex.py: float and complex operators with
CPython's rules and messages, int/float promotion and exact comparison, bool, None, math.
Arguments have their annotated types (an int passed for a float parameter becomes a float
in compiled code: test_boundary.py tests those conversions)."""

import math

from harness import call, differential

FLOATS = [0.0, -0.0, 1.0, -7.0, 2.0, -2.0, 0.5, 1e300, 1e-300, math.inf, -math.inf, math.nan, 3.7]
PAIRS = [(x, y) for x in (7.0, -7.0, 0.0, -0.0, 1e300, math.inf, math.nan) for y in (2.0, -2.0, 0.0, math.inf, 0.1)]
COMPLEX = [0j, 1 + 2j, -3 - 4j, 1j, complex(1e300, 1e300), complex(math.inf, 0), 2 + 0j]

CALLS = (
    [call(f, x, y) for f in ("fdiv", "ffloordiv", "fmod", "fdivmod", "fpow", "fcompare") for x, y in PAIRS]
    + [call("fpow", -8.0, 1 / 3, complex_result=True), call("fpow", 10.0, 400.0), call("fpow", 0.0, -1.0), call("fpow", -2.0, 3.0),
       call("fdiv", 1, 3), call("fdiv", True, 2)]
    + [call("mixed", i, x) for i, x in [(1, 0.5), (2**53 + 1, float(2**53)), (-3, -3.0), (0, math.nan), (5, 0.0)]]
    + [call("int_of", x) for x in FLOATS + [9.3e18, -2.5]]
    + [call("int_of", 1e19, overflows=True), call("float_of", 2**53 + 1), call("float_of", -(2**63))]
    + [call("rounding", x) for x in [2.5, 3.5, -0.5, 0.125, 1234.5, 2.675, math.inf, math.nan]]
    + [call(f, a, b) for f in ("cmul", "cdiv", "cpow") for a in COMPLEX for b in COMPLEX]
    + [call("cpow", 2 + 0j, 0.5 + 0j), call("cdiv", 1 + 0j, 0j), call("cmul", 1.5 + 0j, 2 + 0j)]
    + [call("cparts", z) for z in COMPLEX + [3 - 4j, complex(1.7e308, 1.7e308)]]
    + [call("promote", 2, 0.5, 1 + 1j), call("promote", True, 1.0, 2 + 0j)]
    + [call("logic", a, b) for a in (True, False) for b in (True, False)]
    + [call("maybe_none", True), call("maybe_none", False)]
    + [call("hypotenuse", 3.0, 4.0), call("hypotenuse", 3, 4), call("geometry", 1.5), call("geometry", 2),
       call("domain", 2.0), call("domain", -1.0), call("domain", 0.0)]
)

test_function, test_call, test_module = differential("scalar_float_complex", CALLS)
