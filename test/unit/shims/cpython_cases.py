"""Writes the table of CPython's answers that differential_test.cpp compares the shims to.

usage: python3 cpython_cases.py OUT.txt
One line per call: `module.name ARG... -> RESULT`, each value tagged so C++ reads it back
exactly: i:INT, f:FLOAT.hex(), b:0/1, t(... ) for tuples, and `E:ExceptionName:message`.
Calls whose CPython result needs more than 64 bits are expected to raise pycxx's
OverflowError instead (the int64 contract, docs/supported.md).
"""
import builtins
import itertools
import math
import sys

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
OVERFLOW = ("OverflowError", "integer overflow: the result does not fit in a 64-bit int")

FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.5, 3.0, 0.1, 1e-300, 5e-324, -5e-324, 1e-10,
          0.7, 10.0, 100.5, 710.0, -710.0, 1e16, 1e308, -1e308, 2.0**52 + 0.5, 2.0**63, -(2.0**63),
          math.pi, -math.pi / 2, 123.456, -7.25, math.inf, -math.inf, math.nan]
SMALL_FLOATS = [0.0, -0.0, 0.5, -1.5, 2.0, 3.0, 1e-300, 1e300, -7.25, math.inf, -math.inf, math.nan]
INTS = [0, 1, -1, 2, 3, 5, 7, 10, 12, -12, 18, 20, 21, 25, 35, -25, 97, 1000, 2**31, 2**53 + 1,
        INT64_MAX, INT64_MIN, INT64_MIN + 1, 3037000499, 3037000500, 10**18]
SMALL_INTS = [0, 1, -1, 2, 3, 5, 6, 10, 12, -12, 18, 20, 21, 34, 35, 62, 66, 67, -25, INT64_MAX, INT64_MIN]


def tag(value):
    if isinstance(value, bool):
        return "b:%d" % value
    if isinstance(value, int):
        return "i:%d" % value
    if isinstance(value, float):
        return "f:" + value.hex()
    if isinstance(value, tuple):
        return "t(" + " ".join(tag(v) for v in value) + ")"
    raise TypeError(value)


def fits(value):
    if isinstance(value, bool) or isinstance(value, float):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, tuple):
        return all(fits(v) for v in value)
    return True


def too_big(fn, args):
    """Calls whose exact answer is astronomically large (CPython would spend minutes on
    it): their result certainly needs more than 64 bits, so pycxx raises OverflowError.
    Negative arguments still go to CPython for its ValueError."""
    if fn is pow and len(args) == 2:
        base, exp = args
        return isinstance(base, int) and abs(base) > 1 and exp > 64
    if any(not isinstance(a, int) or a < 0 for a in args[:2]):
        return False
    if fn in (math.factorial,) or (fn is math.perm and len(args) == 1):
        return args[0] > 20
    if fn is math.perm:
        n, k = args
        return k <= n and k > 20
    if fn is math.comb:
        n, k = args
        return k <= n and min(k, n - k) > 66
    return False


def answer(fn, args):
    if too_big(fn, args):
        return "E:%s:%s" % OVERFLOW
    try:
        result = fn(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return "E:%s:%s" % (type(e).__name__, e)
    if not fits(result):
        return "E:%s:%s" % OVERFLOW
    return tag(result)


UNARY_FLOAT = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
               "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "log",
               "log2", "log10", "ceil", "floor", "trunc", "isfinite", "isinf", "isnan", "degrees",
               "radians", "ulp", "frexp", "modf", "gamma", "lgamma"]
BINARY_FLOAT = ["atan2", "copysign", "fmod", "remainder", "nextafter", "pow", "log"]
INT_FUNCS_1 = ["factorial", "isqrt", "floor", "ceil", "trunc", "perm"]
INT_FUNCS_2 = ["comb", "perm"]


def cases():
    for name in UNARY_FLOAT:
        for x in FLOATS:
            yield "math." + name, getattr(math, name), (x,)
    for name in BINARY_FLOAT:
        for x, y in itertools.product(SMALL_FLOATS, repeat=2):
            yield "math." + name, getattr(math, name), (x, y)
    for x in [22.0, 23.0, 24.0, 23.5, 140.5, 141.25, 170.5, 171.7, -170.5, -199.99, -200.5, 201.0, 1e-21, -1e-21,
              5e-324, 4.5, 5.0, 5.5, -4.5, -0.1, 1e17, -1e17 + 0.5, 2.5e305]:
        yield "math.gamma", math.gamma, (x,)
        yield "math.lgamma", math.lgamma, (x,)
    for x in FLOATS:
        for i in [0, 1, -1, 10, -1075, 1024, 2000, -2000, 2**40, -(2**40)]:
            yield "math.ldexp", math.ldexp, (x, i)
    for name in INT_FUNCS_1:
        for n in INTS:
            yield "math." + name, getattr(math, name), (n,)
    for name in INT_FUNCS_2:
        for n, k in itertools.product(SMALL_INTS, repeat=2):
            yield "math." + name, getattr(math, name), (n, k)
    for args in [(), (0,), (12, 18), (-12, 18), (0, INT64_MIN), (INT64_MIN,), (INT64_MIN, INT64_MIN),
                 (7, 13, 91), (2**40, 2**20, 6), (INT64_MAX, INT64_MAX - 1)]:
        yield "math.gcd", math.gcd, args
        yield "math.lcm", math.lcm, args
    for args in [(), (3.0,), (-3.0,), (3.0, 4.0), (0.1, 0.2, 0.3), (1e308, 1e308), (1.7e308, 1.7e308),
                 (5e-324, 5e-324), (1e-310, 3e-310), (math.inf, math.nan), (math.nan, 1.0), (1.0, 2.0, 3.0, 4.0, 5.0),
                 (0.0, -0.0), (1e200, 1e-200, 3.0)]:
        yield "math.hypot", math.hypot, args
    for a, b, rel, abs_ in [(1.0, 1.0 + 1e-10, 1e-09, 0.0), (1.0, 1.1, 1e-09, 0.0), (0.0, 1e-10, 1e-09, 1e-09),
                            (math.inf, math.inf, 1e-09, 0.0), (math.inf, 1e308, 0.5, 0.0), (math.nan, math.nan, 1e-09, 0.0),
                            (1.0, 2.0, -1.0, 0.0), (1.0, 2.0, 0.0, -1.0), (1.0, 1.5, 0.5, 0.0)]:
        yield "math.isclose", lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), (a, b, rel, abs_)
    for x in INTS:
        yield "builtins.abs", abs, (x,)
    for x in FLOATS:
        yield "builtins.abs", abs, (x,)
        yield "builtins.round", round, (x,)
        for n in [0, 1, 2, -1, -2, 5, 400, -400]:
            yield "builtins.round", round, (x, n)
    for x in INTS:
        for n in [0, 1, -1, -2, -18, -19, -20, -30]:
            yield "builtins.round", round, (x, n)
    for x, y in itertools.product([0, 7, -7, 2, -2, 1, INT64_MIN, INT64_MAX, -1], repeat=2):
        yield "builtins.divmod", divmod, (x, y)
        if y >= 0:
            yield "builtins.pow", pow, (x, y)
        for m in [1, 5, -5, 0, 97, INT64_MAX, INT64_MIN]:
            yield "builtins.pow", pow, (x, y, m)
    for x, y in itertools.product(SMALL_FLOATS, repeat=2):
        yield "builtins.divmod", divmod, (x, y)
        yield "builtins.max", max, (x, y)
        yield "builtins.min", min, (x, y)
    for args in [(1, 2), (2, 1), (3, 3), (INT64_MIN, INT64_MAX, 0), (5, 9, -1, 9, 2)]:
        yield "builtins.max", max, args
        yield "builtins.min", min, args
    for args in [(1.0, math.nan, 3.0), (math.nan, 1.0, 2.0), (-0.0, 0.0, -0.0), (0.0, -0.0)]:
        yield "builtins.max", max, args
        yield "builtins.min", min, args


def main():
    with open(sys.argv[1], "w") as out:
        for name, fn, args in cases():
            out.write("%s %s -> %s\n" % (name, " ".join(tag(a) for a in args), answer(fn, args)))
            out.flush()


if __name__ == "__main__":
    main()
