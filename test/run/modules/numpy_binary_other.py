"""maximum, minimum, logical_and/or/xor, arctan2, hypot; where and clip (select_*).
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
