"""Differential tests of modules/array_iteration.py (rows, .T, reshape)."""

import numpy as np

from harness import call, differential

M = np.arange(12.0).reshape(3, 4)
CALLS = (
    [call("row_sums", M), call("row_sums", np.zeros((0, 3)))]
    + [call("rows_are_views", M.copy())]
    + [call("planes", np.arange(24.0).reshape(2, 3, 4))]
    + [call("transposed", M), call("transpose_is_a_view", M.copy())]
    + [call("reshaped", np.arange(6.0), 2), call("reshaped", np.arange(5.0), 2)]
    + [call("reshape_shapes", np.arange(6.0))]
    + [call("reshape_fails", np.arange(6.0), r, c) for r, c in [(2, 3), (4, 2), (-1, 4), (5, -1), (-1, -1), (-2, 3)]]
)

test_function, test_call, test_module = differential("array_iteration", CALLS)
