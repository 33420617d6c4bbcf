"""Differential tests of modules/array_methods.py (ravel, flatten, fill, reshape(*sizes), item,
reductions and scans as methods) against numpy."""

import numpy as np

from harness import call, differential

M = np.arange(6.0).reshape(2, 3)
E = np.zeros((0, 3))
RO = np.arange(6.0).reshape(2, 3)[:, :]  # a read-only view (the harness keeps the flag)
RO.flags.writeable = False
RO_INT8 = np.zeros(4, np.int8)[:]
RO_INT8.flags.writeable = False
CALLS = (
    [call(f, m) for f in ("ravel_matrix", "ravel_function", "ravel_expression", "ravel_writes_through",
                          "ravel_of_transpose_copies", "ravel_of_rows_is_a_view", "flatten_copies",
                          "flatten_of_transpose") for m in (M, M.T, M[:, ::2])]
    + [call(f, E) for f in ("ravel_matrix", "ravel_function", "flatten_of_transpose")]
    + [call("ravel_of_strided_copies", np.arange(5.0))]
    + [call("fill_float", M, 2.5), call("fill_float", E, 1.0), call("fill_view", M, -1.0)]
    + [call("fill_int_with_float", np.arange(3), v) for v in (2.7, -2.7, 1e30, float("nan"), float("inf"), 9.2e18)]
    + [call("fill_int8", np.zeros(3, np.int8), v) for v in (5, -128, 127, 300, -129)]
    + [call("fill_int8_with_float", np.zeros(3, np.int8), v) for v in (3.9, 300.5, 1e30)]
    + [call("fill_uint8", np.zeros(3, np.uint8), v) for v in (255, -1)]
    + [call("fill_bool", np.zeros(3, np.bool_), v) for v in (2.5, 0.0)]
    + [call("fill_float32", np.zeros(2, np.float32), v) for v in (0.1, 1e300)]
    + [call("fill_complex", np.zeros(2, np.complex128), 1 + 2j)]
    + [call("fill_with_element", np.arange(3), np.array([300.7]))]
    + [call("reshape_sizes", np.arange(6.0), r, c) for r, c in [(2, 3), (3, -1), (-1, 1), (4, 2), (-1, -1), (-1, 4)]]
    + [call("reshape_sizes", np.arange(6.0)[::2], 1, 3), call("reshape_sizes", np.zeros(0), 0, -1)]
    + [call("reshape_tuple", np.arange(6.0), r, c) for r, c in [(2, 3), (4, 2)]]
    + [call("reshape_flat", m) for m in (M, M.T, E)]
    + [call("reshape_three", np.arange(8.0)), call("reshape_three", np.arange(6.0)), call("reshape_is_a_view", np.arange(6.0))]
    + [call("item_float", np.full((1, 1), 2.5)), call("item_float", M), call("item_int", np.array([7]))]
    + [call("item_float32", np.array([0.1], np.float32))]
    + [call("method_reductions", m) for m in (M, M.T, E)]
    + [call("method_axis", M), call("method_scans", M), call("method_scans", M.T)]
    + [call("method_any_all", np.array(v, dtype=np.bool_)) for v in ([True, False], [True, True], [])]
    + [call("method_copy", M)]
    + [call("sort_vector", np.array(v)) for v in ([3.0, float("nan"), -1.0, 2.0, float("-inf")], [], [1.0])]
    + [call("sort_axis", np.array([[3.0, 1.0, 2.0], [0.0, -5.0, 9.0]]), ax) for ax in (0, 1, -1, -2, 2)]
    + [call("sort_axis", np.array([[3.0, 1.0], [0.0, -5.0], [2.0, 2.0]]).T, 1), call("sort_axis", E, 0)]
    + [call("sort_column_view", np.array([[3.0, 1.0], [0.0, -5.0], [2.0, 2.0]]))]
    + [call("sort_ints", np.array([5, -3, 2**40, 0])), call("sort_ints", np.arange(10)[::-2])]
    + [call("sort_complex", np.array([complex(n, 1), complex(1, n), complex(n, n), 1 + 1j, complex(n, 0), complex(0, n),
                                      -1 + 0j, 1 - 1j]))
       for n in (float("nan"),)]
    + [call("sort_axis", RO, 0), call("sort_axis", RO, 5), call("sort_column_view", RO), call("fill_float", RO, 1.0)]
    + [call("fill_int8", RO_INT8, 300), call("fill_view", RO, 1.0)]
    + [call("reshape_like", np.arange(6.0), M), call("reshape_like", np.arange(5.0), M)]
    + [call("reshape_one_size", M, n) for n in (6, -1, 5)] + [call("iterate_ravel", m) for m in (M, M.T, E)]
    + [call("tolist_matrix", m) for m in (M, M.T, E, np.zeros((2, 0)))]
    + [call("tolist_ints", np.arange(4)[::-1]), call("tolist_bools", np.array([True, False]))]
)

test_function, test_call, test_module = differential("array_methods", CALLS)
