"""Exponentials, logarithms, powers and roots.
numpy's one-argument ufuncs (stdlib_shims/numpy/*.hpp, typing rule Ufunc) on every dtype kind;
the arrays come back whole, so values and result dtypes are both compared with numpy's.
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


def cbrt_f64(a: F64):
    return np.cbrt(a)


def cbrt_f32(a: F32):
    return np.cbrt(a)


def cbrt_i64(a: I64):
    return np.cbrt(a)


def cbrt_i32(a: I32):
    return np.cbrt(a)


def cbrt_i8(a: I8):
    return np.cbrt(a)


def cbrt_u8(a: U8):
    return np.cbrt(a)


def cbrt_b(a: B):
    return np.cbrt(a)


def exp_f64(a: F64):
    return np.exp(a)


def exp_f32(a: F32):
    return np.exp(a)


def exp_i64(a: I64):
    return np.exp(a)


def exp_i32(a: I32):
    return np.exp(a)


def exp_i8(a: I8):
    return np.exp(a)


def exp_u8(a: U8):
    return np.exp(a)


def exp_b(a: B):
    return np.exp(a)


def exp_c128(a: C128):
    return np.exp(a)


def exp2_f64(a: F64):
    return np.exp2(a)


def exp2_f32(a: F32):
    return np.exp2(a)


def exp2_i64(a: I64):
    return np.exp2(a)


def exp2_i32(a: I32):
    return np.exp2(a)


def exp2_i8(a: I8):
    return np.exp2(a)


def exp2_u8(a: U8):
    return np.exp2(a)


def exp2_b(a: B):
    return np.exp2(a)


def exp2_c128(a: C128):
    return np.exp2(a)


def expm1_f64(a: F64):
    return np.expm1(a)


def expm1_f32(a: F32):
    return np.expm1(a)


def expm1_i64(a: I64):
    return np.expm1(a)


def expm1_i32(a: I32):
    return np.expm1(a)


def expm1_i8(a: I8):
    return np.expm1(a)


def expm1_u8(a: U8):
    return np.expm1(a)


def expm1_b(a: B):
    return np.expm1(a)


def expm1_c128(a: C128):
    return np.expm1(a)


def log_f64(a: F64):
    return np.log(a)


def log_f32(a: F32):
    return np.log(a)


def log_i64(a: I64):
    return np.log(a)


def log_i32(a: I32):
    return np.log(a)


def log_i8(a: I8):
    return np.log(a)


def log_u8(a: U8):
    return np.log(a)


def log_b(a: B):
    return np.log(a)


def log_c128(a: C128):
    return np.log(a)


def log10_f64(a: F64):
    return np.log10(a)


def log10_f32(a: F32):
    return np.log10(a)


def log10_i64(a: I64):
    return np.log10(a)


def log10_i32(a: I32):
    return np.log10(a)


def log10_i8(a: I8):
    return np.log10(a)


def log10_u8(a: U8):
    return np.log10(a)


def log10_b(a: B):
    return np.log10(a)


def log10_c128(a: C128):
    return np.log10(a)


def log1p_f64(a: F64):
    return np.log1p(a)


def log1p_f32(a: F32):
    return np.log1p(a)


def log1p_i64(a: I64):
    return np.log1p(a)


def log1p_i32(a: I32):
    return np.log1p(a)


def log1p_i8(a: I8):
    return np.log1p(a)


def log1p_u8(a: U8):
    return np.log1p(a)


def log1p_b(a: B):
    return np.log1p(a)


def log1p_c128(a: C128):
    return np.log1p(a)


def log2_f64(a: F64):
    return np.log2(a)


def log2_f32(a: F32):
    return np.log2(a)


def log2_i64(a: I64):
    return np.log2(a)


def log2_i32(a: I32):
    return np.log2(a)


def log2_i8(a: I8):
    return np.log2(a)


def log2_u8(a: U8):
    return np.log2(a)


def log2_b(a: B):
    return np.log2(a)


def log2_c128(a: C128):
    return np.log2(a)


def sqrt_f64(a: F64):
    return np.sqrt(a)


def sqrt_f32(a: F32):
    return np.sqrt(a)


def sqrt_i64(a: I64):
    return np.sqrt(a)


def sqrt_i32(a: I32):
    return np.sqrt(a)


def sqrt_i8(a: I8):
    return np.sqrt(a)


def sqrt_u8(a: U8):
    return np.sqrt(a)


def sqrt_b(a: B):
    return np.sqrt(a)


def sqrt_c128(a: C128):
    return np.sqrt(a)


def square_f64(a: F64):
    return np.square(a)


def square_f32(a: F32):
    return np.square(a)


def square_i64(a: I64):
    return np.square(a)


def square_i32(a: I32):
    return np.square(a)


def square_i8(a: I8):
    return np.square(a)


def square_u8(a: U8):
    return np.square(a)


def square_b(a: B):
    return np.square(a)


def square_c128(a: C128):
    return np.square(a)
