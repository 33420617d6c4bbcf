"""Writes the table of numpy's answers that numpy_differential_test.cpp compares the numpy
shims to. usage: python3 numpy_cases.py OUT.txt

  input NAME DTYPE SHAPE VALUE...        the arrays (and Python scalars) the calls use
  case numpy.NAME ARG... -> DTYPE SHAPE VALUE...   or   -> E:ExceptionName

numpy's AxisError is a ValueError: pycxx raises ValueError with the same message.
SHAPE is comma-separated ("3,4"; "-" for a scalar result); values are tagged as in
cpython_cases.py (f: float.hex of the value as a double, i:, b:) in C order.
"""
import sys
import warnings

import numpy as np

F64 = [0.0, -0.0, 0.5, -1.5, 2.0, 1e-300, 1e300, np.inf, -np.inf, np.nan, 3.0, -7.25, 0.75, 100.0, -1e-5, 1.0]
F64B = [1.0, -0.0, -2.0, -1.5, np.nan, 3.0, 1e300, 1.0, -np.inf, 0.0, -3.0, 7.25, 0.5, -100.0, 1e-5, 2.0]
I32 = [0, 1, -1, 7, -8, 100, 2**31 - 1, -(2**31), 3, 5, -2, 12, 9, -100, 4, 6]
I32B = [1, 2, -1, 3, 8, -7, 1, 1, 5, 0, 2, 12, -9, 100, 2, 3]

warnings.simplefilter("ignore")  # float32(1e300) is inf, as intended

INPUTS = {
    "f64": np.array(F64),
    "f64b": np.array(F64B),
    "f32": np.array(F64, dtype=np.float32),
    "i32": np.array(I32, dtype=np.int32),
    "i32b": np.array(I32B, dtype=np.int32),
    "m": np.array([1.5, -2.0, 3.25, 0.0, np.nan, 4.0, -1.0, 2.0, 7.0, -0.5, 1e300, 1e300]).reshape(3, 4),
    "mi": np.array([3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 0], dtype=np.int32).reshape(3, 4),
}
SCALARS = {"int2": 2, "float2.5": 2.5}

UNARY = ["exp", "exp2", "log", "log2", "log10", "log1p", "expm1", "sqrt", "cbrt", "sin", "cos", "tan", "arcsin",
         "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "rint", "absolute", "abs",
         "negative", "positive", "square", "sign", "floor", "ceil", "trunc", "isnan", "isinf", "isfinite", "logical_not", "degrees", "radians"]
BINARY = ["maximum", "minimum", "arctan2", "hypot", "add", "subtract", "multiply", "divide", "true_divide",
          "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and", "logical_or",
          "logical_xor"]
PAIRS = [("f64", "f64b"), ("i32", "i32b"), ("f32", "f64"), ("i32", "int2"), ("f32", "float2.5")]
REDUCTIONS = ["sum", "prod", "mean", "max", "min", "amax", "amin", "argmax", "argmin", "any", "all"]


def tag(v):
    if isinstance(v, (bool, np.bool_)):
        return "b:%d" % bool(v)
    if isinstance(v, (int, np.integer)):
        return "i:%d" % int(v)
    return "f:" + float(v).hex()


def encode(result):
    a = np.asarray(result)
    shape = ",".join(str(n) for n in a.shape) if a.ndim else "-"
    return "%s %s %s" % (a.dtype.name, shape, " ".join(tag(v) for v in a.ravel().tolist()))


def answer(fn, *args, **kwargs):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                return encode(fn(*args, **kwargs))
    except Exception as e:  # numpy's own exception is the expected answer
        return "E:%s:%s" % (type(e).__name__, e)


def arg(key):
    return INPUTS[key] if key in INPUTS else SCALARS[key]


def main():
    out = open(sys.argv[1], "w")
    for key, a in INPUTS.items():
        out.write("input %s %s\n" % (key, encode(a)))
    for name in UNARY:
        for key in ["f64", "f32", "i32"]:
            out.write("case numpy.%s %s -> %s\n" % (name, key, answer(getattr(np, name), INPUTS[key])))
    for name in BINARY:
        for k1, k2 in PAIRS:
            out.write("case numpy.%s %s %s -> %s\n" % (name, k1, k2, answer(getattr(np, name), arg(k1), arg(k2))))
    for name in REDUCTIONS:
        for key in ["m", "mi"]:
            for axis in [None, 0, 1, -1, 2]:
                for keep in [False, True]:
                    out.write("case numpy.%s %s axis=%s keepdims=%d -> %s\n" % (
                        name, key, "none" if axis is None else axis, keep,
                        answer(getattr(np, name), INPUTS[key], axis=axis, keepdims=keep)))
    scans(out)
    ranges(out)
    for name in ["var", "std"]:
        for key in ["m", "mi"]:
            for axis in [None, 0, 1]:
                for ddof in [0, 1, 5]:
                    for keep in [False, True]:
                        out.write("case numpy.%s %s axis=%s keepdims=%d ddof=%d -> %s\n" % (
                            name, key, "none" if axis is None else axis, keep, ddof,
                            answer(getattr(np, name), INPUTS[key], axis=axis, ddof=ddof, keepdims=keep)))


def ranges(out):
    for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (0, 10, 3), (10, 0, -3), (0, 5, 0), (2**62, 2**62 + 3),
                 (5.0,), (0.5, 3), (1, 2, 0.1), (0, 1, 0.1), (-1.5, 1.5, 0.25), (0.0, 5.0, 0.0), (0, 1e300, 1.0),
                 (0, float("nan"), 1.0), (3, 1, 0.5)]:
        out.write("case numpy.arange %s -> %s\n" % (" ".join(tag(a) for a in args), answer(np.arange, *args)))
    for args in [(0.0, 1.0, 5, True), (0.0, 1.0, 5, False), (2.0, 2.0, 3, True), (0.0, 1.0, 1, True),
                 (0.0, 1.0, 0, True), (0.0, 1.0, -1, True), (-1e-310, 1e-310, 4, True), (1.0, -7.5, 11, True),
                 (0.1, 0.7, 50, True), (1e300, -1e300, 7, False)]:
        out.write("case numpy.linspace %s -> %s\n" % (" ".join(tag(a) for a in args), answer(np.linspace, *args)))


def scans(out):
    for key in ["m", "mi"]:
        for axis in [None, 0, 1, -1, 2]:
            for name in ["cumsum", "cumprod"]:
                out.write("case numpy.%s %s axis=%s -> %s\n" % (
                    name, key, "none" if axis is None else axis, answer(getattr(np, name), INPUTS[key], axis=axis)))
            if axis is not None:
                for ufunc in ["maximum", "minimum"]:
                    out.write("case numpy.%s.accumulate %s axis=%s -> %s\n" % (
                        ufunc, key, axis, answer(getattr(np, ufunc).accumulate, INPUTS[key], axis=axis)))
    for key, lo, hi in [("f64", -1.0, 2.0), ("i32", 0, 10), ("f32", -0.5, 0.5), ("f64", 2, 1), ("i32", -3.5, 3.5)]:
        out.write("case numpy.clip %s lo=%r hi=%r -> %s\n" % (key, lo, hi, answer(np.clip, INPUTS[key], lo, hi)))
    for x, y in [("f64", "f64b"), ("i32", "i32b"), ("i32", "float2.5"), ("f32", "int2")]:
        out.write("case numpy.where %s %s -> %s\n" % (x, y, answer(np.where, INPUTS["f64"] > 0.6, arg(x), arg(y))))


if __name__ == "__main__":
    main()
