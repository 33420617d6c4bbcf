"""Differential tests of modules/arrays.py: numpy array annotations, arguments without copy,
element access with numpy's index rules and IndexError messages, array attributes."""

import numpy as np

from harness import call, differential


def matrix():
    return np.arange(12.0).reshape(3, 4)


CALLS = (
    [call("total", matrix()), call("total", matrix().T), call("total", np.zeros((0, 3)))]
    + [call("total", matrix()[::-1, ::2])]
    + [call("shape_parts", np.zeros((2, 3, 4), np.int8)), call("whole_shape", np.zeros((5, 1), np.int64))]
    + [call("corners", matrix()), call("corners", matrix().T)]
    + [call("element", np.arange(5.0), i) for i in (0, 4, -1, -5, 5, -6)]
    + [call("int_element", np.arange(3), i) for i in (1, -3, 3)]
    + [call("bump", np.arange(4, dtype=np.int32), i, 10) for i in (0, -1, 4)]
    + [call("store_float_in_int", np.zeros(2, np.int64), x) for x in (2.7, -2.7)]
    + [call("store_complex", np.zeros(3, complex), 1 + 2j)]
    + [call("store_bool", np.zeros(2, bool), i) for i in (1, 2)]
    + [call("float32_roundtrip", np.zeros(1, np.float32), 0.1)]
    + [call("matrix_trace", matrix()[:, :3]), call("fill_diagonal", np.zeros((3, 3)), 4.5)]
)

CREATION_CALLS = (
    [call("zeros_int", n) for n in (0, 4, -1)]
    + [call("empty_square", n) for n in (0, 3)]
    + [call("zeros_like_shape", np.zeros((2, 3), np.int64))]
    + [call("full_of", 3, 2.5)]
    + [call("sum_elements", np.arange(6.0)), call("sum_elements", np.arange(6.0)[::-2])]
    + [call("count_positive", np.array([-1, 2, 3, 0]))]
    + [call("lengths", np.zeros((4, 2)), (1, 2, 3))]
)

ELEMENTWISE_CALLS = (
    [call("axpy", 2.0, np.arange(4.0), np.ones(4)), call("axpy", 0.5, np.arange(4.0), np.ones(3))]
    + [call("mixed_dtypes", np.arange(3), np.ones(3, np.float32))]
    + [call("keeps_float32", np.arange(3, dtype=np.float32))]
    + [call("broadcast_rows", np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0]))]
    + [call("compare_arrays", np.array([1.0, 2.0, np.nan]), np.array([2.0, 1.0, 0.0]))]
    + [call("in_place", np.ones((2, 2)), np.eye(2))]
    + [call("ufuncs", np.array([-2.0, 0.0, 0.5, 9.0]))]
    + [call("float_divide_by_zero", np.array([1.0, -1.0, 0.0]), np.zeros(3))]
)

LIBRARY_CALLS = (
    [call("like_arrays", np.arange(6).reshape(2, 3)), call("copied", np.arange(6.0).reshape(3, 2).T)]
    + [call("reductions", np.arange(12.0).reshape(3, 4)), call("reductions", np.zeros((0, 2)))]
    + [call("axis_sums", np.arange(12.0).reshape(3, 4)), call("axis_sums", np.arange(6.0).reshape(2, 3).T)]
    + [call("int_sum", np.full(5, 2**31 - 1, np.int32))]
    + [call("softmax_rows", np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]]))]
    + [call("scalar_ufuncs", x, n) for x, n in ((2.0, 1), (-1.0, 0), (0.5, 800))]
    + [call("methods", np.arange(6.0).reshape(2, 3)), call("methods", np.zeros((0, 3)))]
    + [call("views", np.arange(12.0).reshape(3, 4)), call("row_sums_through_views", np.arange(12.0).reshape(3, 4))]
    + [call("logsumexp_rows", np.array([[1.0, 2.0], [1000.0, -1000.0]]))]
    + [call("slice_stores", np.arange(12.0).reshape(3, 4), -1.0), call("shifted_smooth", np.arange(6.0) ** 2)]
    + [call("slice_stores", np.zeros((3, 2)), 2.0)]
    + [call("masks_and_index_arrays", np.arange(12.0).reshape(3, 4), np.array([2, 1, 0, 5]))]
    + [call("masks_and_index_arrays", np.arange(12.0).reshape(3, 4), np.array([0, 3, 0, 5]))]
    + [call("scans", np.array([1.0, 3.0, np.nan, 2.0]), np.arange(6).reshape(2, 3))]
)

# Proven and unproven loop indices (opt/prove_bounds.cpp): same results and IndexErrors as numpy.
BOUNDS_CALLS = (
    [call("gram", np.arange(12.0).reshape(4, 3)), call("gram", np.arange(12.0).reshape(3, 4).T)]
    + [call("gram", np.zeros((0, 3))), call("gram", np.zeros((2, 0)))]
    + [call("window_sums", np.arange(5.0), np.ones(5)), call("window_sums", np.arange(5.0), np.ones(3))]
    + [call("window_sums", np.zeros(0), np.zeros(0)), call("window_sums", np.arange(6.0)[::2], np.ones(3))]
    + [call("first_n", np.arange(4.0), n) for n in (0, 4, 5, -2)]
    + [call("from_minus_one", np.arange(4.0)), call("from_minus_one", np.zeros(0))]
    + [call("after_rebinding", np.arange(4.0)), call("after_rebinding", np.zeros(0))]
    + [call("closure_moves_index", np.arange(4.0)), call("closure_moves_index", np.zeros(0))]
    + [call("after_reshape", np.arange(4.0).reshape(2, 2)), call("after_reshape", np.arange(3.0).reshape(3, 1))]
)

test_function, test_call, test_module = differential(
    "arrays", CALLS + CREATION_CALLS + ELEMENTWISE_CALLS + LIBRARY_CALLS + BOUNDS_CALLS)


def test_arguments_are_views_and_results_come_back_without_copy(compiled_modules):
    module = compiled_modules["arrays"]
    assert not isinstance(module, str), module
    a = np.ones((2, 3))
    assert module.identity(a) is a
    v = np.arange(4.0)[::2]
    assert module.pass_through(v) is v
    b = np.zeros((3, 3))
    module.fill_diagonal(b, 2.0)
    assert b.trace() == 6.0  # written through the view, no copy


def test_wrong_dtype_or_rank_is_a_type_error_naming_the_parameter(compiled_modules):
    import pytest

    module = compiled_modules["arrays"]
    with pytest.raises(TypeError, match="argument 'a'"):
        module.identity(np.ones(3))
    with pytest.raises(TypeError, match="argument 'v'"):
        module.bump(np.ones(3), 0, 1)
    with pytest.raises(TypeError, match="argument 'a'"):
        module.total([[1.0]])


def test_read_only_array_may_be_read_not_written(compiled_modules):
    import pytest

    module = compiled_modules["arrays"]
    v = np.arange(3, dtype=np.int32)
    v.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        module.bump(v, 0, 1)
    assert module.int_element(np.arange(3), 0) == 1
