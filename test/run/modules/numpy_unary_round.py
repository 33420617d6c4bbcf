"""abs, rounding, sign, negation, the isnan/isinf/isfinite tests and logical_not.
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


def abs_f64(a: F64):
    return np.abs(a)


def abs_f32(a: F32):
    return np.abs(a)


def abs_i64(a: I64):
    return np.abs(a)


def abs_i32(a: I32):
    return np.abs(a)


def abs_i8(a: I8):
    return np.abs(a)


def abs_u8(a: U8):
    return np.abs(a)


def abs_b(a: B):
    return np.abs(a)


def abs_c128(a: C128):
    return np.abs(a)


def absolute_f64(a: F64):
    return np.absolute(a)


def absolute_f32(a: F32):
    return np.absolute(a)


def absolute_i64(a: I64):
    return np.absolute(a)


def absolute_i32(a: I32):
    return np.absolute(a)


def absolute_i8(a: I8):
    return np.absolute(a)


def absolute_u8(a: U8):
    return np.absolute(a)


def absolute_b(a: B):
    return np.absolute(a)


def absolute_c128(a: C128):
    return np.absolute(a)


def ceil_f64(a: F64):
    return np.ceil(a)


def ceil_f32(a: F32):
    return np.ceil(a)


def ceil_i64(a: I64):
    return np.ceil(a)


def ceil_i32(a: I32):
    return np.ceil(a)


def ceil_i8(a: I8):
    return np.ceil(a)


def ceil_u8(a: U8):
    return np.ceil(a)


def ceil_b(a: B):
    return np.ceil(a)


def floor_f64(a: F64):
    return np.floor(a)


def floor_f32(a: F32):
    return np.floor(a)


def floor_i64(a: I64):
    return np.floor(a)


def floor_i32(a: I32):
    return np.floor(a)


def floor_i8(a: I8):
    return np.floor(a)


def floor_u8(a: U8):
    return np.floor(a)


def floor_b(a: B):
    return np.floor(a)


def isfinite_f64(a: F64):
    return np.isfinite(a)


def isfinite_f32(a: F32):
    return np.isfinite(a)


def isfinite_i64(a: I64):
    return np.isfinite(a)


def isfinite_i32(a: I32):
    return np.isfinite(a)


def isfinite_i8(a: I8):
    return np.isfinite(a)


def isfinite_u8(a: U8):
    return np.isfinite(a)


def isfinite_b(a: B):
    return np.isfinite(a)


def isfinite_c128(a: C128):
    return np.isfinite(a)


def isinf_f64(a: F64):
    return np.isinf(a)


def isinf_f32(a: F32):
    return np.isinf(a)


def isinf_i64(a: I64):
    return np.isinf(a)


def isinf_i32(a: I32):
    return np.isinf(a)


def isinf_i8(a: I8):
    return np.isinf(a)


def isinf_u8(a: U8):
    return np.isinf(a)


def isinf_b(a: B):
    return np.isinf(a)


def isinf_c128(a: C128):
    return np.isinf(a)


def isnan_f64(a: F64):
    return np.isnan(a)


def isnan_f32(a: F32):
    return np.isnan(a)


def isnan_i64(a: I64):
    return np.isnan(a)


def isnan_i32(a: I32):
    return np.isnan(a)


def isnan_i8(a: I8):
    return np.isnan(a)


def isnan_u8(a: U8):
    return np.isnan(a)


def isnan_b(a: B):
    return np.isnan(a)


def isnan_c128(a: C128):
    return np.isnan(a)


def logical_not_f64(a: F64):
    return np.logical_not(a)


def logical_not_f32(a: F32):
    return np.logical_not(a)


def logical_not_i64(a: I64):
    return np.logical_not(a)


def logical_not_i32(a: I32):
    return np.logical_not(a)


def logical_not_i8(a: I8):
    return np.logical_not(a)


def logical_not_u8(a: U8):
    return np.logical_not(a)


def logical_not_b(a: B):
    return np.logical_not(a)


def logical_not_c128(a: C128):
    return np.logical_not(a)


def negative_f64(a: F64):
    return np.negative(a)


def negative_f32(a: F32):
    return np.negative(a)


def negative_i64(a: I64):
    return np.negative(a)


def negative_i32(a: I32):
    return np.negative(a)


def negative_i8(a: I8):
    return np.negative(a)


def negative_u8(a: U8):
    return np.negative(a)


def negative_c128(a: C128):
    return np.negative(a)


def positive_f64(a: F64):
    return np.positive(a)


def positive_f32(a: F32):
    return np.positive(a)


def positive_i64(a: I64):
    return np.positive(a)


def positive_i32(a: I32):
    return np.positive(a)


def positive_i8(a: I8):
    return np.positive(a)


def positive_u8(a: U8):
    return np.positive(a)


def positive_c128(a: C128):
    return np.positive(a)


def rint_f64(a: F64):
    return np.rint(a)


def rint_f32(a: F32):
    return np.rint(a)


def rint_i64(a: I64):
    return np.rint(a)


def rint_i32(a: I32):
    return np.rint(a)


def rint_i8(a: I8):
    return np.rint(a)


def rint_u8(a: U8):
    return np.rint(a)


def rint_b(a: B):
    return np.rint(a)


def rint_c128(a: C128):
    return np.rint(a)


def sign_f64(a: F64):
    return np.sign(a)


def sign_f32(a: F32):
    return np.sign(a)


def sign_i64(a: I64):
    return np.sign(a)


def sign_i32(a: I32):
    return np.sign(a)


def sign_i8(a: I8):
    return np.sign(a)


def sign_u8(a: U8):
    return np.sign(a)


def sign_c128(a: C128):
    return np.sign(a)


def trunc_f64(a: F64):
    return np.trunc(a)


def trunc_f32(a: F32):
    return np.trunc(a)


def trunc_i64(a: I64):
    return np.trunc(a)


def trunc_i32(a: I32):
    return np.trunc(a)


def trunc_i8(a: I8):
    return np.trunc(a)


def trunc_u8(a: U8):
    return np.trunc(a)


def trunc_b(a: B):
    return np.trunc(a)
