"""Differential tests of modules/numpy_unary_{trig,explog,round}.py and numpy_binary_{arith,compare,other}.py: every numpy ufunc shim on
every dtype kind numpy accepts, with NaN, infinities, -0.0, int limits, division by zero;
results compared with numpy's including the dtype. Known differences (docs/arrays.md) are
listed in DIFFERS with the reason: those calls must still differ, so a fix shows up here."""

import warnings

import numpy as np

from harness import call, differential, module_functions

warnings.simplefilter("ignore")  # numpy's floating-point warnings are not reproduced (docs/arrays.md)

FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -2.5, 2.5, 3.0, 100.0, -1e-310, 1e300, -1e300,
          np.inf, -np.inf, np.nan, 0.9999, 710.0]
INTS = [0, 1, -1, 2, -3, 7, 100, -128, 127, 2**31 - 1, -2**31]
INPUTS = {
    "f64": np.array(FLOATS),
    "f32": np.array(FLOATS, np.float32),
    "i64": np.array(INTS + [2**63 - 1, -2**63], np.int64),
    "i32": np.array(INTS, np.int32),
    "i8": np.array([0, 1, -1, 2, -3, 7, 100, -128, 127, 5, -5], np.int8),
    "u8": np.array([0, 1, 2, 3, 7, 100, 127, 128, 255, 5, 6], np.uint8),
    "b": np.array([True, False, True, True, False, False, True, False, True, False, True]),
    "c128": np.array([0j, -0.0 + 0j, 1 + 1j, -2.5 + 0.5j, 1e300 + 1j, np.inf + 0j, np.nan + 1j, -1j,
                      complex(-np.inf, np.inf), 0.5 - 0.5j]),
}
SECOND = {
    "f64": np.array(FLOATS[::-1]),
    "f32": np.array(FLOATS[::-1], np.float32),
    "i64": np.array([3, -2, 0, 1, 5, -7, 2, 0, 1, 63, 2, -1, 3], np.int64),
    "i32": np.array([3, -2, 0, 1, 5, -7, 2, 0, 1, 31, 2], np.int32),
    "i8": np.array([3, -2, 0, 1, 5, -7, 2, 0, 1, 7, 2], np.int8),
    "u8": np.array([3, 2, 0, 1, 5, 7, 2, 0, 1, 7, 2], np.uint8),
    "b": np.array([True, True, False, True, False, True, False, False, True, True, False]),
    "c128": np.array([1j, 1 + 0j, -0.0 + 0j, 2 - 1j, 1e-300 + 0j, 1 + 1j, 0.5 + 0j, np.nan + 0j, 3j, 1 + 0j]),
}
# numpy computes these with its own SIMD code (and float16 for the smallest ints); pycxx with
# the C library and xsimd: equal within a few units in the last place, not bit for bit.
TRANSCENDENTAL = {"arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "cbrt", "cos", "cosh", "exp", "exp2",
                  "expm1", "log", "log10", "log1p", "log2", "sin", "sinh", "tan", "tanh", "arctan2", "hypot", "abs",
                  "absolute", "power", "divide", "true_divide", "sqrt"}
FLOAT16 = ("numpy computes float16 for int8/uint8/bool inputs of its float functions; pycxx float32 "
           "(runtime/pycxx/array/dtype.hpp float_of_t, docs/arrays.md)")
FLOAT_OF = {"arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "cbrt", "cos", "cosh", "degrees", "exp",
            "exp2", "expm1", "log", "log10", "log1p", "log2", "radians", "rint", "sin", "sinh", "sqrt", "tan", "tanh",
            "arctan2", "hypot", "divide", "true_divide"}


NOT_INT_LOOP = ("a Python int beyond the int array's range with a ufunc that computes in float or bool "
                "(arctan2, hypot, logical_*): numpy converts it, pycxx raises OverflowError as for + (docs/arrays.md)")
COMPLEX_NAN = ("maximum/minimum/comparisons of complex numbers with a NaN part: numpy propagates the NaN operand, "
               "pycxx compares the parts (docs/arrays.md)")


def marks(function: str, dtypes: list[str], scalar=None) -> dict:
    if isinstance(scalar, int) and scalar > 2**31 and function in ("arctan2", "hypot", "logical_and", "logical_or",
                                                                     "logical_xor"):
        return {"differs": NOT_INT_LOOP}
    if dtypes == ["c128", "c128"] and function in ("maximum", "minimum", "greater_equal"):
        return {"differs": COMPLEX_NAN}
    if function in FLOAT_OF and all(d in ("i8", "u8", "b") for d in dtypes):
        return {"differs": FLOAT16}
    return {"ulps": 4} if function in TRANSCENDENTAL else {}


SCALAR_FLOATS = [2.5, -0.0, 1e300, np.nan]
SCALAR_INTS = [3, 0, -2, 2**40]


def unary_calls(module: str):
    calls = []
    for name in module_functions(module):
        function, d = name.rsplit("_", 1)
        calls.append(call(name, INPUTS[d], **marks(function, [d])))
    return calls


def binary_calls(module: str):
    calls = []
    for name in module_functions(module):
        if name.startswith("select_"):
            continue  # where and clip: three arguments, listed in SELECT_CALLS
        function, a, b = name.rsplit("_", 2)
        if b == "float":
            calls += [call(name, INPUTS[a], x, **marks(function, [a])) for x in SCALAR_FLOATS]
        elif b == "int":
            calls += [call(name, INPUTS[a], n, **marks(function, [a], n)) for n in SCALAR_INTS]
        else:
            n = min(len(INPUTS[a]), len(SECOND[b]))
            calls.append(call(name, INPUTS[a][:n], SECOND[b][:n], **marks(function, [a, b])))
            calls.append(call(name, INPUTS[a][:3], SECOND[b][:2]))  # numpy's broadcast ValueError
    return calls


F, MASK = INPUTS["f64"], np.array([i % 3 == 0 for i in range(len(FLOATS))])
SELECT_CALLS = [
    call("select_where", MASK, F, SECOND["f64"]), call("select_where", MASK[:2], F[:3], F[:3]),
    call("select_where_mixed", MASK[:11], INPUTS["i32"], 0.5), call("select_where_compare", F),
    call("select_clip", F, -1.0, 2.0), call("select_clip", F, 2.0, -1.0), call("select_clip", F, np.nan, 1.0),
    call("select_clip", F, -0.0, 0.0), call("select_clip_int", INPUTS["i32"], -5, 100),
    call("select_clip_arrays", F, SECOND["f64"], F + 1.0),
]

test_trig_function, test_trig_call, test_trig_module = differential("numpy_unary_trig", unary_calls("numpy_unary_trig"))
test_explog_function, test_explog_call, test_explog_module = differential("numpy_unary_explog",
                                                                          unary_calls("numpy_unary_explog"))
test_round_function, test_round_call, test_round_module = differential("numpy_unary_round",
                                                                       unary_calls("numpy_unary_round"))
test_arith_function, test_arith_call, test_arith_module = differential("numpy_binary_arith",
                                                                       binary_calls("numpy_binary_arith"))
test_compare_function, test_compare_call, test_compare_module = differential("numpy_binary_compare",
                                                                             binary_calls("numpy_binary_compare"))
test_other_function, test_other_call, test_other_module = differential(
    "numpy_binary_other", binary_calls("numpy_binary_other") + SELECT_CALLS)
