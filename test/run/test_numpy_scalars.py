"""Differential tests of modules/numpy_scalars.py: array elements are numpy scalars with
numpy 2's semantics (inf/nan instead of ZeroDivisionError, wrapping integers, NEP 50 with
Python scalars), numpy scalar constructors and annotations, astype; the results' types are
compared too (numpy.float64 is not float)."""

import numpy as np

from harness import INT64_MAX, INT64_MIN, call, differential

F = np.array([1.5, -2.0, 0.0, np.inf, np.nan, -0.0, 3.0])
I = np.array([7, -7, 2, -2, 0, INT64_MIN, INT64_MAX, -1, 2**62, 4], dtype=np.int64)
PAIRS = [(0, 1), (1, 0), (0, 2), (2, 2), (3, 2), (4, 0), (5, 6), (1, 5)]
INT_PAIRS = [(0, 2), (1, 2), (0, 3), (1, 3), (0, 4), (5, 7), (6, 0), (8, 9), (5, 4), (6, 7)]

CALLS = (
    [call("element", F, i) for i in (0, 4, -1)]
    + [call("float_ops", F, i, j) for i, j in PAIRS]
    + [call("mixed_with_python", F, i, f, n) for i, f, n in ((0, 2.0, 3), (2, 0.0, 0), (1, -0.5, -2), (3, 1.0, 5))]
    + [call("int_ops", I, i, j) for i, j in INT_PAIRS]
    + [call("int_with_python", I, i, n) for i, n in ((0, 2), (1, 2), (2, 70), (5, -1), (0, 0), (8, 3))]
    + [call("int_power", I, i, e) for i, e in ((0, 3), (2, 63), (3, 2), (7, 5), (0, -1), (2, 0))]
    + [call("int8_ops", np.array(p, np.int8)) for p in ([100, 100], [-128, -1], [7, -2], [127, 0])]
    + [call("int8_with_int", np.array([100, 0], np.int8), n) for n in (100, 27, -128, 1000, -129)]
    + [call("int8_compare", np.array([5, 0], np.int8), n) for n in (1000, 5, -1000)]
    + [call("uint8_ops", np.array(p, np.uint8)) for p in ([5, 6], [0, 0], [255, 2])]
    + [call("float32_ops", np.array([0.1, 0.2], np.float32), f) for f in (0.1, 1e-8, 3.0)]
    + [call("float32_with_float64", np.array([0.1], np.float32), np.array([0.2]))]
    + [call("accumulate", F[:3]), call("accumulate", F), call("accumulate", np.zeros(0), numpy_joined=True)]
    + [call("accumulate_annotated", F[:3]), call("accumulate_annotated", np.zeros(0), numpy_joined=True)]
    + [call("count_positive", F), call("running_max", np.array([1.0, 3.0, 2.0, 0.5, 4.0]))]
    + [call("running_max", np.array([0.0, 0.0]), numpy_joined=True)]
    + [call("int_sum_loop", np.array([INT64_MAX, 1, 5])), call("int_sum_loop", np.zeros(0, np.int64), numpy_joined=True)]
    + [call("float32_sum_loop", np.full(10, 0.1, np.float32))]
    + [call("choose", F, True), call("choose", F, False, numpy_joined=True)]
    + [call("bool_elements", np.array(p)) for p in ([True, True], [False, True], [False, False])]
    + [call("complex_elements", np.array(p)) for p in ([1 + 2j, 3 - 1j], [1 + 0j, 0j], [0j, 0j])]
    + [call("constructors", x, n) for x, n in ((2.75, 3), (-0.5, 0), (1e10, 300))]
    + [call("int8_from_int", n) for n in (127, -128, 128, 300, -129)]
    + [call("int8_from_float", x) for x in (1.9, -1.5, 127.9, 300.7, -128.5, float("nan"), float("inf"))]
    + [call("int64_from_float", x) for x in (1e18, -3.7, 1e19, float("-inf"))]
    + [call("casts_between_numpy", np.array([300, -1]), np.array([1e300, 2.5])),
       call("casts_between_numpy", np.array([-129]), np.array([-3.7]))]
    + [call("scaled", np.float32(1.5), np.int8(3)), call("scaled", np.float32(0.1), np.int8(100)), call("half", np.float32(0.1))]
    + [call("passes_element", np.array([2.25, -1.5])), call("passes_element", np.array([-1.0, 2.0]))]
    + [call("int_of_nan", np.array([np.nan])), call("int_of_nan", np.array([np.inf])), call("int_of_nan", np.array([-2.5]))]
    + [call("index_with_element", F, np.array([0, -1])), call("index_with_element", F, np.array([0, 9]))]
    + [call("ufunc_on_elements", np.array([4.0, -1.0], np.float32), np.array([-1.0, 1.0]))]
    + [call("ufunc_mixed", np.array([1.5], np.float32), x) for x in (2.5, 0.1, -1.0)]
    + [call("array_with_numpy_scalar", np.array([1.0, 2.0], np.float32), np.array([0.1]))]
    + [call("reductions", F[:3], np.arange(6, dtype=np.float32).reshape(2, 3))]
    + [call("astype_float32", np.array([1, 2**40, -3])), call("astype_forms", np.array([1.7, -2.5, 300.0]))]
    + [call("astype_copies", np.array([1.0, 2.0]))]
    + [call("astype_then_divide", np.arange(6, dtype=np.uint8).reshape(2, 3) * 40)]
    + [call("store_element", np.zeros(2, np.float32), np.array([1.0, 3.0])),
       call("store_element", np.zeros(2, np.float32), np.array([1.0, 0.0]))]
    + [call("float64_division_by_zero", np.array([1.0, 0.0, -1.0]))]
    + [call("int64_wraps", np.array([2**62, 4, INT64_MIN, -1]))]
    + [call("shifts_and_powers", np.array([1, 70, -8, 3]))]
)

test_function, test_call, test_module = differential("numpy_scalars", CALLS)
