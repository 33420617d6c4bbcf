"""Differential tests of modules/numpy_join.py: np.concatenate, stack, vstack, hstack and
column_stack compared with numpy (values, dtype, shape), on empty arrays and views, with numpy's
ValueError messages for empty sequences and mismatched shapes and its AxisError."""

import numpy as np

from harness import call, differential

V = np.array([1.5, -2.0, 0.0])
W = np.array([4.0, np.nan, -0.0])
M = np.arange(6.0).reshape(2, 3)
N = np.arange(6.0, 12.0).reshape(2, 3)
T = np.arange(24.0).reshape(2, 3, 4)
I = np.array([3, -1, 7], np.int32)
F = np.array([0.5, 2.5, -1.0], np.float32)
E = np.zeros(0)

CALLS = [
    call("concatenate_pair", V, W), call("concatenate_pair", V, E), call("concatenate_pair", E, E),
    call("concatenate_three_expr", V, W), call("concatenate_three_expr", V, W[:2]),
    call("concatenate_list", [V, W, V]), call("concatenate_list", [V]), call("concatenate_list", []),
    call("concatenate_list", [E, V]),
    *[call("concatenate_list_literal", M, N, ax) for ax in (0, 1, -1, -2, 2, -3)],
    call("concatenate_list_literal", M, N[:, :2], 0), call("concatenate_list_literal", M, N[:, :2], 1),
    call("concatenate_list_literal", M, np.zeros((0, 3)), 0), call("concatenate_list_literal", M, np.zeros((2, 0)), 1),
    *[call("concatenate_axis", M, N, ax) for ax in (0, 1, 2, -3)],
    *[call("concatenate_3d", T, T, ax) for ax in (0, 1, 2, -1, 3, -4)],
    call("concatenate_3d", T, T[:, :2], 1), call("concatenate_3d", T, T[:, :2], 0),
    call("concatenate_flat", M, V), call("concatenate_flat", M.T, E),
    call("concatenate_mixed_ranks", V, M),
    call("concatenate_i32_f32", I, F), call("concatenate_i8_u8", np.array([-1, 2], np.int8), np.array([255], np.uint8)),
    call("concatenate_b_i32", np.array([True, False]), I),
    call("concatenate_sum", M, N), call("concatenate_sum", M, N[:1]),
    *[call("stack_pair", V, W, ax) for ax in (0, 1, -1, -2, 2, -3)],
    call("stack_pair", V, W[:2], 0), call("stack_pair", E, E, 1),
    *[call("stack_list", [M, N, M], ax) for ax in (0, 1, 2, -1, 3, -4)],
    call("stack_list", [], 0), call("stack_list", [M, N[:1]], 0), call("stack_list", [M], 5),
    call("stack_mixed", I, V), call("stack_tuple_dtypes", I, F), call("stack_ranks", V, M),
    call("vstack_1d", V, W), call("vstack_1d", V, W[:2]), call("vstack_1d", E, E),
    call("vstack_mixed", V, M), call("vstack_mixed", V, np.zeros((2, 2))),
    call("vstack_list", [I.reshape(1, 3), I.reshape(1, 3)]), call("vstack_list", []),
    call("vstack_3d", T, T), call("vstack_3d", T, T[:, 1:]),
    call("hstack_1d", V, I), call("hstack_1d", E, I),
    call("hstack_2d", M, N), call("hstack_2d", M, N[:1]), call("hstack_mixed", V, M),
    call("column_stack_1d", V, W), call("column_stack_1d", V, W[:2]),
    call("column_stack_mixed", np.array([1.0, 2.0]), M), call("column_stack_mixed", V, M),
    call("column_stack_list", [V, W]), call("column_stack_list", []),
    call("join_views", M), call("join_views", np.arange(12.0).reshape(3, 4)),
]

test_function, test_call, test_module = differential("numpy_join", CALLS)
