"""The result dtype of numpy calls by their dtype rule (compiler/shimscan/dtype_rule.def), which
one function applies for ufuncs and reductions alike (compiler/sema/dtype_rule.cpp): the
arrays and scalars come back whole, so the dtypes are compared with numpy's. FloatOf is left
out for int8, uint8 and bool, where numpy answers float16 (pycxx: float32, docs/arrays.md)."""

import numpy as np


def test_float_of_int16() -> str:
    a = np.array([1, 4, 9], dtype=np.int16)
    return str(np.sqrt(a).dtype) + " " + str(np.sin(a).dtype)


def test_float_of_uint16():
    return np.sqrt(np.array([1, 4, 9], dtype=np.uint16))


def test_float_of_int32():
    return np.log(np.array([1, 4, 9], dtype=np.int32))


def test_float_of_float32():
    return np.sqrt(np.array([1.0, 4.0, 9.0], dtype=np.float32))


def test_float_of_scalar_int():
    return np.sqrt(np.int16(4))


def test_mean_of_int8():
    return np.mean(np.array([1, 2, 4], dtype=np.int8))


def test_mean_of_int16_axis():
    return np.mean(np.array([[1, 2], [4, 7]], dtype=np.int16), axis=0)


def test_mean_of_float32():
    return np.mean(np.array([1.0, 2.5], dtype=np.float32))


def test_sum_of_uint8():
    return np.sum(np.array([200, 100], dtype=np.uint8))


def test_sum_of_int16_axis():
    return np.sum(np.array([[30000, 30000], [1, 2]], dtype=np.int16), axis=0)


def test_cumsum_of_bool():
    return np.cumsum(np.array([True, True, False]))


def test_real_of_complex64():
    return np.absolute(np.array([3 + 4j], dtype=np.complex64))


def test_non_bool_square():
    return np.square(np.array([True, False]))
