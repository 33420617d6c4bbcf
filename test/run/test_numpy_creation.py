"""Differential tests of modules/numpy_creation.py: numpy's creation functions and constants
against numpy (values, shapes and dtypes), with numpy's errors for negative sizes, zero steps
and out-of-range fill values."""

import numpy as np

from harness import call, differential

M = np.arange(6.0).reshape(2, 3)
EMPTY_LIST = ("np.array of an empty list: numpy sees no elements and gives a 1-d float64 array; pycxx types the "
              "result from the annotation (list[int] -> int64, list[list[float]] -> shape (0, 0)) (docs/arrays.md)")
V = np.array([3, -1, 4], np.int32)

CALLS = (
    [call("zeros_1d", n) for n in (0, 3, -1)]
    + [call("zeros_2d_int32", n, m) for n, m in ((2, 3), (0, 4), (2, -1))]
    + [call("ones_1d", n) for n in (0, 5)]
    + [call("ones_bool", 3), call("ones_complex", 2)]
    + [call("empty_shape", 2, 5), call("empty_shape", 0, 0), call("empty_shape", -2, 1)]
    + [call("empty_dtype_float32", 3)]
    + [call("full_float", n, v) for n, v in ((3, 2.5), (2, -0.0), (2, float("nan")), (0, 1.0))]
    + [call("full_int", 2, v) for v in (7, -2**63)]
    + [call("full_bool", 2, True), call("full_dtype", 2, 0.1)]
    + [call("full_int_into_uint8", 2, v) for v in (255, 256, -1)]
    + [call("zeros_like_of", M), call("zeros_like_of", M[:, ::-1]), call("zeros_like_of", np.zeros((0, 2)))]
    + [call("ones_like_int", V), call("ones_like_dtype", V), call("empty_like_shape", M.T)]
    + [call("full_like_of", V, v) for v in (2.7, -2.7)]
    + [call("full_like_dtype", V, 0.1), call("full_like_int8", np.zeros(2, np.int8), 300)]
    + [call("copy_of", M), call("copy_of", M.T), call("copy_of", M[::-1, ::2]), call("copy_is_new", M)]
    + [call("arange_stop", n) for n in (0, 5, -3)]
    + [call("arange_start_stop", a, b) for a, b in ((2, 7), (7, 2), (-3, 0))]
    + [call("arange_step", a, b, s) for a, b, s in ((0, 10, 3), (10, 0, -3), (0, 10, -1), (0, 10, 0),
                                                   (-2**63, -2**63 + 4, 2))]
    + [call("arange_float", x) for x in (3.5, 0.0, -1.0)]
    + [call("arange_float_step", a, b, s) for a, b, s in ((0.0, 1.0, 0.1), (1.0, 0.0, -0.25), (0.0, 1.0, 0.0),
                                                         (0.0, float("inf"), 1.0), (0.0, 1.0, float("nan")))]
    + [call("linspace_of", a, b, n) for a, b, n in ((0.0, 1.0, 5), (1.0, -1.0, 4), (0.0, 1.0, 1), (0.0, 1.0, 0),
                                                    (0.0, 1.0, -1), (-0.0, 0.0, 3), (0.0, float("inf"), 3))]
    + [call("linspace_default", 0.0, 1.0), call("linspace_open", 0.0, 1.0, 4), call("linspace_open", 2.0, 3.0, 1)]
    + [call("linspace_keyword", 0.0, 2.0, 3), call("newaxis_view", 3)]
    + [call("array_of_floats", xs) for xs in ([1.5, -0.0, float("nan"), float("inf")], [])]
    + [call("array_of_ints", [3, -2**63, 2**63 - 1]), call("array_of_ints", [], differs=EMPTY_LIST)]
    + [call("array_of_bools", [True, False]), call("array_of_complex", [1j, -0.0 + 2j])]
    + [call("array_2d", rows) for rows in ([[1.0, 2.0], [3.0, -0.0]], [[]], [[1.0], [2.0, 3.0]], [[1.0, 2.0], []])]
    + [call("array_2d", [], differs=EMPTY_LIST)]
    + [call("asarray_2d_int", [[1, 2, 3], [4, 5, 6]]), call("asarray_floats", [0.5])]
    + [call("array_display", 2), call("array_display_2d"), call("array_is_a_copy", [1.0, 2.0])]
)

test_function, test_call, test_module = differential("numpy_creation", CALLS)
