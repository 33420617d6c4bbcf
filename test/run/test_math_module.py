"""Differential tests of modules/math_module.py: every math shim against CPython's math,
with infinities, NaN, -0.0, subnormals, domain and range errors and int64 limits."""

import math

from harness import call, differential

INF, NAN = math.inf, math.nan
EDGES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.5, 3.75, 1e-310, -1e-310, 1e300, -1e300, 710.0, -745.5,
         INF, -INF, NAN]
UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf",
         "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan",
         "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh",
         "trunc", "ulp"]
EXTRA = {"gamma": [-1.0, -1.5, 171.5, 172.0, 0.1], "lgamma": [-1.0, -2.5, 1e306], "acosh": [1.5, 0.9],
         "atanh": [0.99, 1.5], "log1p": [-1.0, -0.999], "erfc": [30.0, -30.0], "exp2": [1024.0, -1075.0]}
PAIRS = [(0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (-1.0, 0.0), (5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (INF, 1.0),
         (1.0, INF), (-INF, -INF), (NAN, 1.0), (1.0, NAN), (2.0, 1024.0), (-8.0, 1.0 / 3.0), (0.0, -1.0),
         (-0.0, -3.0), (1e300, 1e300), (3.0, -INF), (1e-310, 2.0)]
BINARY = ["atan2", "copysign", "fmod", "nextafter", "pow", "remainder", "hypot2", "isclose", "log_base"]
INTS = [0, 1, -1, 7, -12, 2**62, -2**63, 2**63 - 1, 36, 100]

CALLS = (
    [call("f_" + f, x) for f in UNARY for x in EDGES + EXTRA.get(f, [])]
    + [call("f_" + f, x, y) for f in BINARY for x, y in PAIRS]
    + [call("f_" + f, n) for f in ("ceil_int", "floor_int", "trunc_int", "isqrt") for n in INTS]
    + [call("f_factorial", n) for n in (0, 1, 5, 20, 21, -1)]
    + [call("f_comb", n, k) for n, k in ((5, 2), (0, 0), (3, 5), (-1, 2), (5, -1), (60, 30), (100, 50), (67, 33))]
    + [call("f_perm", n, k) for n, k in ((5, 2), (3, 5), (-1, 2), (20, 20), (25, 25), (30, 3))]
    + [call("f_perm1", n) for n in (0, 5, 20, -1)]
    + [call("f_gcd", a, b, c) for a, b, c in ((12, 18, 27), (0, 0, 0), (-4, 6, 0), (2**62, 2**61, 0),
                                                (-2**63, 0, 0))]
    + [call("f_lcm", a, b) for a, b in ((4, 6), (0, 5), (-4, 6), (2**62, 3), (-2**63, 1))]
    + [call("f_hypot", x, y, z) for x, y, z in ((3.0, 4.0, 12.0), (INF, NAN, 1.0), (NAN, 1.0, 2.0),
                                                (1e308, 1e308, 0.0), (-0.0, 0.0, -0.0))]
    + [call("f_isclose_tol", a, b, r, t) for a, b, r, t in ((1.0, 1.1, 0.2, 0.0), (1.0, 1.1, 0.0, 0.05),
                                                            (1.0, 1.0, -1.0, 0.0), (INF, INF, 0.0, 0.0))]
    + [call("f_ldexp", x, i) for x, i in ((1.0, 1024), (1.0, -1075), (0.5, 3), (-0.0, 5), (INF, -3),
                                          (1.0, 2**62), (1.0, -2**63))]
    + [call("constants")]
)

test_function, test_call, test_module = differential("math_module", CALLS)
