"""Differential tests of modules/numpy_ufunc_out.py: out= and where= of numpy's ufuncs against
numpy (the values written into out, out returned, numpy's casting TypeError and broadcast
ValueErrors). The arrays passed as out are fresh copies for each side (harness.call)."""

import numpy as np

from harness import call, differential

V = np.array([1.0, 4.0, -9.0, np.nan])
M = np.arange(6.0).reshape(2, 3)
CAST = ("numpy raises its TypeError subclass _UFuncOutputCastingError (which cannot be built from a message); "
        "pycxx raises TypeError with numpy's message (docs/arrays.md)")

CALLS = [
    call("add_out", V, V, np.zeros(4)), call("add_out", V, V, np.zeros(3)), call("add_out", V, V[:2], np.zeros(4)),
    call("add_out", V, V, np.zeros(1)), call("add_out", V[:0], V[:0], np.zeros(0)),
    call("add_out_returns_it", V, np.zeros(4)),
    call("sqrt_in_place", np.array([4.0, 2.0, -1.0, 0.0])),
    call("multiply_out_2d", M, np.array([1.0, -1.0, 2.0]), np.zeros((2, 3))),
    call("multiply_out_2d", M, np.array([1.0, -1.0, 2.0]), np.zeros((1, 3))),
    call("multiply_out_2d", M, np.array([1.0, 2.0]), np.zeros((2, 3))),
    call("add_out_broadcast", np.array([1.0, 2.0, 3.0]), np.zeros((2, 3))),
    call("add_out_broadcast", np.array([1.0, 2.0, 3.0]), np.zeros((2, 2))),
    call("add_out_int", V, np.zeros(4, np.int64), differs=CAST),
    call("add_out_narrow", np.array([1, 127, -3], np.int32), np.zeros(3, np.int8)),
    call("sqrt_out_f32", np.array([4, 2, 0], np.int64), np.zeros(3, np.float32)),
    call("less_out_float", V, np.zeros(4)), call("isnan_out_int", V, np.zeros(4, np.int8)),
    call("add_where", V, np.full(4, -1.0), np.array([True, False, True, False])),
    call("add_where", V, np.full(4, -1.0), np.array([True, False])),
    call("maximum_where_2d", M, np.array([2.0, 2.0, 2.0]), np.zeros((2, 3)),
         np.array([[True, False, True], [False, True, True]])),
    call("maximum_where_2d", M, np.array([2.0, 2.0, 2.0]), np.zeros((2, 3)), np.array([[True, False, True]])),
    call("clip_out", V, np.zeros(4)), call("negative_out_expr", V, V, np.zeros(4)),
]

test_function, test_call, test_module = differential("numpy_ufunc_out", CALLS)
