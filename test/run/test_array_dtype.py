"""Differential tests of modules/array_dtype.py (a.dtype as a value, a.itemsize, a.nbytes)."""

import numpy as np

from harness import call, differential

F = np.arange(4.0)
F32 = np.arange(3, dtype=np.float32)
I8 = np.arange(6, dtype=np.int8).reshape(2, 3)
CALLS = [
    call("dtype_texts", F), call("dtype_texts_int8", I8),
    call("dtype_texts_others", np.zeros(2, np.bool_), np.zeros(2, np.complex128), F32),
    call("dtype_compares", F), call("dtype_compares_arrays", F, F32), call("branch_on_dtype", F32),
    call("print_dtype", I8), call("zeros_like_dtype", F32, 3), call("zeros_like_dtype", F32, -1),
    call("empty_filled", I8), call("astype_dtype", F, F32),
    call("sizes", np.zeros((3, 5)), I8), call("sizes", np.zeros((0, 5)), I8[:, ::2]),
]

test_function, test_call, test_module = differential("array_dtype", CALLS)
