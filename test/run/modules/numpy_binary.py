"""numpy's two-argument ufuncs (typing rule Ufunc): same dtypes, mixed dtypes (numpy 2 promotion)
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


def add_f64_f64(a: F64, b: F64):
    return np.add(a, b)


def add_f32_f32(a: F32, b: F32):
    return np.add(a, b)


def add_i64_i64(a: I64, b: I64):
    return np.add(a, b)


def add_i32_i32(a: I32, b: I32):
    return np.add(a, b)


def add_i8_i8(a: I8, b: I8):
    return np.add(a, b)


def add_b_b(a: B, b: B):
    return np.add(a, b)


def add_i32_f32(a: I32, b: F32):
    return np.add(a, b)


def add_u8_i8(a: U8, b: I8):
    return np.add(a, b)


def add_c128_c128(a: C128, b: C128):
    return np.add(a, b)


def add_f32_float(a: F32, x: float):
    return np.add(a, x)


def add_i32_float(a: I32, x: float):
    return np.add(a, x)


def add_i32_int(a: I32, n: int):
    return np.add(a, n)


def arctan2_f64_f64(a: F64, b: F64):
    return np.arctan2(a, b)


def arctan2_f32_f32(a: F32, b: F32):
    return np.arctan2(a, b)


def arctan2_i64_i64(a: I64, b: I64):
    return np.arctan2(a, b)


def arctan2_i32_i32(a: I32, b: I32):
    return np.arctan2(a, b)


def arctan2_i8_i8(a: I8, b: I8):
    return np.arctan2(a, b)


def arctan2_b_b(a: B, b: B):
    return np.arctan2(a, b)


def arctan2_i32_f32(a: I32, b: F32):
    return np.arctan2(a, b)


def arctan2_u8_i8(a: U8, b: I8):
    return np.arctan2(a, b)


def arctan2_f32_float(a: F32, x: float):
    return np.arctan2(a, x)


def arctan2_i32_float(a: I32, x: float):
    return np.arctan2(a, x)


def arctan2_i32_int(a: I32, n: int):
    return np.arctan2(a, n)


def divide_f64_f64(a: F64, b: F64):
    return np.divide(a, b)


def divide_f32_f32(a: F32, b: F32):
    return np.divide(a, b)


def divide_i64_i64(a: I64, b: I64):
    return np.divide(a, b)


def divide_i32_i32(a: I32, b: I32):
    return np.divide(a, b)


def divide_i8_i8(a: I8, b: I8):
    return np.divide(a, b)


def divide_b_b(a: B, b: B):
    return np.divide(a, b)


def divide_i32_f32(a: I32, b: F32):
    return np.divide(a, b)


def divide_u8_i8(a: U8, b: I8):
    return np.divide(a, b)


def divide_c128_c128(a: C128, b: C128):
    return np.divide(a, b)


def divide_f32_float(a: F32, x: float):
    return np.divide(a, x)


def divide_i32_float(a: I32, x: float):
    return np.divide(a, x)


def divide_i32_int(a: I32, n: int):
    return np.divide(a, n)


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


def floor_divide_f64_f64(a: F64, b: F64):
    return np.floor_divide(a, b)


def floor_divide_f32_f32(a: F32, b: F32):
    return np.floor_divide(a, b)


def floor_divide_i64_i64(a: I64, b: I64):
    return np.floor_divide(a, b)


def floor_divide_i32_i32(a: I32, b: I32):
    return np.floor_divide(a, b)


def floor_divide_i8_i8(a: I8, b: I8):
    return np.floor_divide(a, b)


def floor_divide_b_b(a: B, b: B):
    return np.floor_divide(a, b)


def floor_divide_i32_f32(a: I32, b: F32):
    return np.floor_divide(a, b)


def floor_divide_u8_i8(a: U8, b: I8):
    return np.floor_divide(a, b)


def floor_divide_f32_float(a: F32, x: float):
    return np.floor_divide(a, x)


def floor_divide_i32_float(a: I32, x: float):
    return np.floor_divide(a, x)


def floor_divide_i32_int(a: I32, n: int):
    return np.floor_divide(a, n)


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


def hypot_f64_f64(a: F64, b: F64):
    return np.hypot(a, b)


def hypot_f32_f32(a: F32, b: F32):
    return np.hypot(a, b)


def hypot_i64_i64(a: I64, b: I64):
    return np.hypot(a, b)


def hypot_i32_i32(a: I32, b: I32):
    return np.hypot(a, b)


def hypot_i8_i8(a: I8, b: I8):
    return np.hypot(a, b)


def hypot_b_b(a: B, b: B):
    return np.hypot(a, b)


def hypot_i32_f32(a: I32, b: F32):
    return np.hypot(a, b)


def hypot_u8_i8(a: U8, b: I8):
    return np.hypot(a, b)


def hypot_f32_float(a: F32, x: float):
    return np.hypot(a, x)


def hypot_i32_float(a: I32, x: float):
    return np.hypot(a, x)


def hypot_i32_int(a: I32, n: int):
    return np.hypot(a, n)


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


def logical_and_f64_f64(a: F64, b: F64):
    return np.logical_and(a, b)


def logical_and_f32_f32(a: F32, b: F32):
    return np.logical_and(a, b)


def logical_and_i64_i64(a: I64, b: I64):
    return np.logical_and(a, b)


def logical_and_i32_i32(a: I32, b: I32):
    return np.logical_and(a, b)


def logical_and_i8_i8(a: I8, b: I8):
    return np.logical_and(a, b)


def logical_and_b_b(a: B, b: B):
    return np.logical_and(a, b)


def logical_and_i32_f32(a: I32, b: F32):
    return np.logical_and(a, b)


def logical_and_u8_i8(a: U8, b: I8):
    return np.logical_and(a, b)


def logical_and_c128_c128(a: C128, b: C128):
    return np.logical_and(a, b)


def logical_and_f32_float(a: F32, x: float):
    return np.logical_and(a, x)


def logical_and_i32_float(a: I32, x: float):
    return np.logical_and(a, x)


def logical_and_i32_int(a: I32, n: int):
    return np.logical_and(a, n)


def logical_or_f64_f64(a: F64, b: F64):
    return np.logical_or(a, b)


def logical_or_f32_f32(a: F32, b: F32):
    return np.logical_or(a, b)


def logical_or_i64_i64(a: I64, b: I64):
    return np.logical_or(a, b)


def logical_or_i32_i32(a: I32, b: I32):
    return np.logical_or(a, b)


def logical_or_i8_i8(a: I8, b: I8):
    return np.logical_or(a, b)


def logical_or_b_b(a: B, b: B):
    return np.logical_or(a, b)


def logical_or_i32_f32(a: I32, b: F32):
    return np.logical_or(a, b)


def logical_or_u8_i8(a: U8, b: I8):
    return np.logical_or(a, b)


def logical_or_c128_c128(a: C128, b: C128):
    return np.logical_or(a, b)


def logical_or_f32_float(a: F32, x: float):
    return np.logical_or(a, x)


def logical_or_i32_float(a: I32, x: float):
    return np.logical_or(a, x)


def logical_or_i32_int(a: I32, n: int):
    return np.logical_or(a, n)


def logical_xor_f64_f64(a: F64, b: F64):
    return np.logical_xor(a, b)


def logical_xor_f32_f32(a: F32, b: F32):
    return np.logical_xor(a, b)


def logical_xor_i64_i64(a: I64, b: I64):
    return np.logical_xor(a, b)


def logical_xor_i32_i32(a: I32, b: I32):
    return np.logical_xor(a, b)


def logical_xor_i8_i8(a: I8, b: I8):
    return np.logical_xor(a, b)


def logical_xor_b_b(a: B, b: B):
    return np.logical_xor(a, b)


def logical_xor_i32_f32(a: I32, b: F32):
    return np.logical_xor(a, b)


def logical_xor_u8_i8(a: U8, b: I8):
    return np.logical_xor(a, b)


def logical_xor_c128_c128(a: C128, b: C128):
    return np.logical_xor(a, b)


def logical_xor_f32_float(a: F32, x: float):
    return np.logical_xor(a, x)


def logical_xor_i32_float(a: I32, x: float):
    return np.logical_xor(a, x)


def logical_xor_i32_int(a: I32, n: int):
    return np.logical_xor(a, n)


def maximum_f64_f64(a: F64, b: F64):
    return np.maximum(a, b)


def maximum_f32_f32(a: F32, b: F32):
    return np.maximum(a, b)


def maximum_i64_i64(a: I64, b: I64):
    return np.maximum(a, b)


def maximum_i32_i32(a: I32, b: I32):
    return np.maximum(a, b)


def maximum_i8_i8(a: I8, b: I8):
    return np.maximum(a, b)


def maximum_b_b(a: B, b: B):
    return np.maximum(a, b)


def maximum_i32_f32(a: I32, b: F32):
    return np.maximum(a, b)


def maximum_u8_i8(a: U8, b: I8):
    return np.maximum(a, b)


def maximum_c128_c128(a: C128, b: C128):
    return np.maximum(a, b)


def maximum_f32_float(a: F32, x: float):
    return np.maximum(a, x)


def maximum_i32_float(a: I32, x: float):
    return np.maximum(a, x)


def maximum_i32_int(a: I32, n: int):
    return np.maximum(a, n)


def minimum_f64_f64(a: F64, b: F64):
    return np.minimum(a, b)


def minimum_f32_f32(a: F32, b: F32):
    return np.minimum(a, b)


def minimum_i64_i64(a: I64, b: I64):
    return np.minimum(a, b)


def minimum_i32_i32(a: I32, b: I32):
    return np.minimum(a, b)


def minimum_i8_i8(a: I8, b: I8):
    return np.minimum(a, b)


def minimum_b_b(a: B, b: B):
    return np.minimum(a, b)


def minimum_i32_f32(a: I32, b: F32):
    return np.minimum(a, b)


def minimum_u8_i8(a: U8, b: I8):
    return np.minimum(a, b)


def minimum_c128_c128(a: C128, b: C128):
    return np.minimum(a, b)


def minimum_f32_float(a: F32, x: float):
    return np.minimum(a, x)


def minimum_i32_float(a: I32, x: float):
    return np.minimum(a, x)


def minimum_i32_int(a: I32, n: int):
    return np.minimum(a, n)


def multiply_f64_f64(a: F64, b: F64):
    return np.multiply(a, b)


def multiply_f32_f32(a: F32, b: F32):
    return np.multiply(a, b)


def multiply_i64_i64(a: I64, b: I64):
    return np.multiply(a, b)


def multiply_i32_i32(a: I32, b: I32):
    return np.multiply(a, b)


def multiply_i8_i8(a: I8, b: I8):
    return np.multiply(a, b)


def multiply_b_b(a: B, b: B):
    return np.multiply(a, b)


def multiply_i32_f32(a: I32, b: F32):
    return np.multiply(a, b)


def multiply_u8_i8(a: U8, b: I8):
    return np.multiply(a, b)


def multiply_c128_c128(a: C128, b: C128):
    return np.multiply(a, b)


def multiply_f32_float(a: F32, x: float):
    return np.multiply(a, x)


def multiply_i32_float(a: I32, x: float):
    return np.multiply(a, x)


def multiply_i32_int(a: I32, n: int):
    return np.multiply(a, n)


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


def power_f64_f64(a: F64, b: F64):
    return np.power(a, b)


def power_f32_f32(a: F32, b: F32):
    return np.power(a, b)


def power_i64_i64(a: I64, b: I64):
    return np.power(a, b)


def power_i32_i32(a: I32, b: I32):
    return np.power(a, b)


def power_i8_i8(a: I8, b: I8):
    return np.power(a, b)


def power_b_b(a: B, b: B):
    return np.power(a, b)


def power_i32_f32(a: I32, b: F32):
    return np.power(a, b)


def power_u8_i8(a: U8, b: I8):
    return np.power(a, b)


def power_c128_c128(a: C128, b: C128):
    return np.power(a, b)


def power_f32_float(a: F32, x: float):
    return np.power(a, x)


def power_i32_float(a: I32, x: float):
    return np.power(a, x)


def power_i32_int(a: I32, n: int):
    return np.power(a, n)


def remainder_f64_f64(a: F64, b: F64):
    return np.remainder(a, b)


def remainder_f32_f32(a: F32, b: F32):
    return np.remainder(a, b)


def remainder_i64_i64(a: I64, b: I64):
    return np.remainder(a, b)


def remainder_i32_i32(a: I32, b: I32):
    return np.remainder(a, b)


def remainder_i8_i8(a: I8, b: I8):
    return np.remainder(a, b)


def remainder_b_b(a: B, b: B):
    return np.remainder(a, b)


def remainder_i32_f32(a: I32, b: F32):
    return np.remainder(a, b)


def remainder_u8_i8(a: U8, b: I8):
    return np.remainder(a, b)


def remainder_f32_float(a: F32, x: float):
    return np.remainder(a, x)


def remainder_i32_float(a: I32, x: float):
    return np.remainder(a, x)


def remainder_i32_int(a: I32, n: int):
    return np.remainder(a, n)


def subtract_f64_f64(a: F64, b: F64):
    return np.subtract(a, b)


def subtract_f32_f32(a: F32, b: F32):
    return np.subtract(a, b)


def subtract_i64_i64(a: I64, b: I64):
    return np.subtract(a, b)


def subtract_i32_i32(a: I32, b: I32):
    return np.subtract(a, b)


def subtract_i8_i8(a: I8, b: I8):
    return np.subtract(a, b)


def subtract_i32_f32(a: I32, b: F32):
    return np.subtract(a, b)


def subtract_u8_i8(a: U8, b: I8):
    return np.subtract(a, b)


def subtract_c128_c128(a: C128, b: C128):
    return np.subtract(a, b)


def subtract_f32_float(a: F32, x: float):
    return np.subtract(a, x)


def subtract_i32_float(a: I32, x: float):
    return np.subtract(a, x)


def subtract_i32_int(a: I32, n: int):
    return np.subtract(a, n)


def true_divide_f64_f64(a: F64, b: F64):
    return np.true_divide(a, b)


def true_divide_f32_f32(a: F32, b: F32):
    return np.true_divide(a, b)


def true_divide_i64_i64(a: I64, b: I64):
    return np.true_divide(a, b)


def true_divide_i32_i32(a: I32, b: I32):
    return np.true_divide(a, b)


def true_divide_i8_i8(a: I8, b: I8):
    return np.true_divide(a, b)


def true_divide_b_b(a: B, b: B):
    return np.true_divide(a, b)


def true_divide_i32_f32(a: I32, b: F32):
    return np.true_divide(a, b)


def true_divide_u8_i8(a: U8, b: I8):
    return np.true_divide(a, b)


def true_divide_c128_c128(a: C128, b: C128):
    return np.true_divide(a, b)


def true_divide_f32_float(a: F32, x: float):
    return np.true_divide(a, x)


def true_divide_i32_float(a: I32, x: float):
    return np.true_divide(a, x)


def true_divide_i32_int(a: I32, n: int):
    return np.true_divide(a, n)


def select_where(m: B, a: F64, b: F64):
    return np.where(m, a, b)


def select_where_mixed(m: B, a: I32, x: float):
    return np.where(m, a, x)


def select_where_compare(a: F64):
    return np.where(a > 0, a, -a)


def select_clip(a: F64, lo: float, hi: float):
    return np.clip(a, lo, hi)


def select_clip_int(a: I32, lo: int, hi: int):
    return np.clip(a, lo, hi)


def select_clip_arrays(a: F64, lo: F64, hi: F64):
    return np.clip(a, lo, hi)
