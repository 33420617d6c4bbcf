"""Differential tests of modules/numpy_from_data.py: np.array / np.asarray with dtype=, of tuples,
nested lists and arrays, compared with numpy (values, dtype, shape; numpy's OverflowError,
ValueError and TypeError messages); np.asarray of an array of its dtype is the same object."""

import numpy as np

from harness import call, differential

V = np.array([1.5, -2.0, 0.0])
W = np.array([4.0, 0.25, -0.0])
NUMBERS = [0.0, 2.5, -3.7, 1e9]

CALLS = [
    call("array_f32", 5), call("array_f32", 2**40),
    call("array_dtype_int32", NUMBERS), call("array_dtype_int32", [2.5e10]), call("array_dtype_int32", [float("nan")]),
    call("array_dtype_int32", [float("inf")]), call("array_dtype_int32", [1e20]), call("array_dtype_int32", []),
    call("array_dtype_int8", [1, -128, 127]), call("array_dtype_int8", [300]), call("array_dtype_int8", [-129]),
    call("array_dtype_uint8", [0, 255]), call("array_dtype_uint8", [-1]), call("array_dtype_uint8", [256]),
    call("array_dtype_int", NUMBERS), call("array_dtype_int", [-9.9e18]), call("array_dtype_float", [1, -2, 2**62]),
    call("array_dtype_bool", [0.0, -0.0, 2.5, float("nan")]), call("array_dtype_complex", NUMBERS),
    call("array_complex_to_float", [1j]), call("array_complex_to_int", [1 + 0j]), call("array_complex_to_float", []),
    call("array_tuple", 2.5, 3), call("array_tuple_ints", 7),
    call("array_list_of_tuples", 1.5, -2.0), call("array_list_of_tuples_dtype", 1.5, 1e300),
    call("array_nested", [[1.0, 2.0], [3.0, 4.0]]), call("array_nested", [[1.0, 2.0], [3.0]]),
    call("array_nested", [[], []]),
    call("array_nested", [], differs="an empty list[list[float]] gives shape (0, 0) from its type; numpy sees no "
         "elements and gives (0,) (docs/arrays.md)"),
    call("array_nested_3d", [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]),
    call("array_nested_3d", [[[1, 2], [3, 4]], [[5, 6], [7]]]), call("array_nested_3d", [[[1, 2], [3, 4]], [[5, 6]]]),
    call("array_nested_3d", [[[2**31]]]),
    call("array_of_arrays", V, W), call("array_of_arrays", V, W[:2]), call("array_of_arrays", V[:0], W[:0]),
    call("array_of_arrays_tuple", np.array([1, 2], np.int32), np.array([0.5, 1.5], np.float32)),
    call("array_of_arrays_dtype", V, W),
    call("array_list_of_arrays", [np.eye(2), np.ones((2, 2))]), call("array_list_of_arrays", [np.eye(2), np.ones((2, 3))]),
    call("array_list_of_arrays", [np.eye(2), np.ones((3, 2))]),
    call("array_copy", V.copy()), call("array_of_array_dtype", V),
    call("asarray_same", V.copy()), call("asarray_same_dtype", V.copy()), call("asarray_other_dtype", V.copy()),
    call("asarray_returned", V), call("asarray_list", [1, 2, 3]), call("asarray_tuple", 1.25),
]

test_function, test_call, test_module = differential("numpy_from_data", CALLS)


def test_asarray_is_the_same_object(compiled_modules):
    compiled = compiled_modules["numpy_from_data"]
    a = np.arange(3.0)
    assert compiled.asarray_returned(a) is a
