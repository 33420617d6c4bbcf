"""Comparisons: equal, not_equal, greater, greater_equal, less, less_equal.
numpy's two-argument ufuncs (typing rule Ufunc): same dtypes, mixed dtypes (numpy 2 promotion)
and a Python scalar operand (NEP 50); results compared with numpy's, dtype included.
Written by a generator; combinations numpy refuses (TypeError) are left out."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]
I64 = np.ndarray[tuple[int], np.dtype[np.int64]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
I8 = np.ndarray[tuple[int], np.dtype[np.int8]]
U8 = np.ndarray[tuple[int], np.dtype[np.uint8]]
B = np.ndarray[tuple[int], np.dtype[np.bool_]]
C128 = np.ndarray[tuple[int], np.dtype[np.complex128]]


def equal_f64_f64(a: F64, b: F64):
    return np.equal(a, b)


def equal_f32_f32(a: F32, b: F32):
    return np.equal(a, b)


def equal_i64_i64(a: I64, b: I64):
    return np.equal(a, b)


def equal_i32_i32(a: I32, b: I32):
    return np.equal(a, b)


def equal_i8_i8(a: I8, b: I8):
    return np.equal(a, b)


def equal_b_b(a: B, b: B):
    return np.equal(a, b)


def equal_i32_f32(a: I32, b: F32):
    return np.equal(a, b)


def equal_u8_i8(a: U8, b: I8):
    return np.equal(a, b)


def equal_c128_c128(a: C128, b: C128):
    return np.equal(a, b)


def equal_f32_float(a: F32, x: float):
    return np.equal(a, x)


def equal_i32_float(a: I32, x: float):
    return np.equal(a, x)


def equal_i32_int(a: I32, n: int):
    return np.equal(a, n)


def greater_f64_f64(a: F64, b: F64):
    return np.greater(a, b)


def greater_f32_f32(a: F32, b: F32):
    return np.greater(a, b)


def greater_i64_i64(a: I64, b: I64):
    return np.greater(a, b)


def greater_i32_i32(a: I32, b: I32):
    return np.greater(a, b)


def greater_i8_i8(a: I8, b: I8):
    return np.greater(a, b)


def greater_b_b(a: B, b: B):
    return np.greater(a, b)


def greater_i32_f32(a: I32, b: F32):
    return np.greater(a, b)


def greater_u8_i8(a: U8, b: I8):
    return np.greater(a, b)


def greater_c128_c128(a: C128, b: C128):
    return np.greater(a, b)


def greater_f32_float(a: F32, x: float):
    return np.greater(a, x)


def greater_i32_float(a: I32, x: float):
    return np.greater(a, x)


def greater_i32_int(a: I32, n: int):
    return np.greater(a, n)


def greater_equal_f64_f64(a: F64, b: F64):
    return np.greater_equal(a, b)


def greater_equal_f32_f32(a: F32, b: F32):
    return np.greater_equal(a, b)


def greater_equal_i64_i64(a: I64, b: I64):
    return np.greater_equal(a, b)


def greater_equal_i32_i32(a: I32, b: I32):
    return np.greater_equal(a, b)


def greater_equal_i8_i8(a: I8, b: I8):
    return np.greater_equal(a, b)


def greater_equal_b_b(a: B, b: B):
    return np.greater_equal(a, b)


def greater_equal_i32_f32(a: I32, b: F32):
    return np.greater_equal(a, b)


def greater_equal_u8_i8(a: U8, b: I8):
    return np.greater_equal(a, b)


def greater_equal_c128_c128(a: C128, b: C128):
    return np.greater_equal(a, b)


def greater_equal_f32_float(a: F32, x: float):
    return np.greater_equal(a, x)


def greater_equal_i32_float(a: I32, x: float):
    return np.greater_equal(a, x)


def greater_equal_i32_int(a: I32, n: int):
    return np.greater_equal(a, n)


def less_f64_f64(a: F64, b: F64):
    return np.less(a, b)


def less_f32_f32(a: F32, b: F32):
    return np.less(a, b)


def less_i64_i64(a: I64, b: I64):
    return np.less(a, b)


def less_i32_i32(a: I32, b: I32):
    return np.less(a, b)


def less_i8_i8(a: I8, b: I8):
    return np.less(a, b)


def less_b_b(a: B, b: B):
    return np.less(a, b)


def less_i32_f32(a: I32, b: F32):
    return np.less(a, b)


def less_u8_i8(a: U8, b: I8):
    return np.less(a, b)


def less_c128_c128(a: C128, b: C128):
    return np.less(a, b)


def less_f32_float(a: F32, x: float):
    return np.less(a, x)


def less_i32_float(a: I32, x: float):
    return np.less(a, x)


def less_i32_int(a: I32, n: int):
    return np.less(a, n)


def less_equal_f64_f64(a: F64, b: F64):
    return np.less_equal(a, b)


def less_equal_f32_f32(a: F32, b: F32):
    return np.less_equal(a, b)


def less_equal_i64_i64(a: I64, b: I64):
    return np.less_equal(a, b)


def less_equal_i32_i32(a: I32, b: I32):
    return np.less_equal(a, b)


def less_equal_i8_i8(a: I8, b: I8):
    return np.less_equal(a, b)


def less_equal_b_b(a: B, b: B):
    return np.less_equal(a, b)


def less_equal_i32_f32(a: I32, b: F32):
    return np.less_equal(a, b)


def less_equal_u8_i8(a: U8, b: I8):
    return np.less_equal(a, b)


def less_equal_c128_c128(a: C128, b: C128):
    return np.less_equal(a, b)


def less_equal_f32_float(a: F32, x: float):
    return np.less_equal(a, x)


def less_equal_i32_float(a: I32, x: float):
    return np.less_equal(a, x)


def less_equal_i32_int(a: I32, n: int):
    return np.less_equal(a, n)


def not_equal_f64_f64(a: F64, b: F64):
    return np.not_equal(a, b)


def not_equal_f32_f32(a: F32, b: F32):
    return np.not_equal(a, b)


def not_equal_i64_i64(a: I64, b: I64):
    return np.not_equal(a, b)


def not_equal_i32_i32(a: I32, b: I32):
    return np.not_equal(a, b)


def not_equal_i8_i8(a: I8, b: I8):
    return np.not_equal(a, b)


def not_equal_b_b(a: B, b: B):
    return np.not_equal(a, b)


def not_equal_i32_f32(a: I32, b: F32):
    return np.not_equal(a, b)


def not_equal_u8_i8(a: U8, b: I8):
    return np.not_equal(a, b)


def not_equal_c128_c128(a: C128, b: C128):
    return np.not_equal(a, b)


def not_equal_f32_float(a: F32, x: float):
    return np.not_equal(a, x)


def not_equal_i32_float(a: I32, x: float):
    return np.not_equal(a, x)


def not_equal_i32_int(a: I32, n: int):
    return np.not_equal(a, n)
