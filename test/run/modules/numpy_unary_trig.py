"""Trigonometric and hyperbolic functions, degrees and radians.
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


def arccos_f64(a: F64):
    return np.arccos(a)


def arccos_f32(a: F32):
    return np.arccos(a)


def arccos_i64(a: I64):
    return np.arccos(a)


def arccos_i32(a: I32):
    return np.arccos(a)


def arccos_i8(a: I8):
    return np.arccos(a)


def arccos_u8(a: U8):
    return np.arccos(a)


def arccos_b(a: B):
    return np.arccos(a)


def arccos_c128(a: C128):
    return np.arccos(a)


def arccosh_f64(a: F64):
    return np.arccosh(a)


def arccosh_f32(a: F32):
    return np.arccosh(a)


def arccosh_i64(a: I64):
    return np.arccosh(a)


def arccosh_i32(a: I32):
    return np.arccosh(a)


def arccosh_i8(a: I8):
    return np.arccosh(a)


def arccosh_u8(a: U8):
    return np.arccosh(a)


def arccosh_b(a: B):
    return np.arccosh(a)


def arccosh_c128(a: C128):
    return np.arccosh(a)


def arcsin_f64(a: F64):
    return np.arcsin(a)


def arcsin_f32(a: F32):
    return np.arcsin(a)


def arcsin_i64(a: I64):
    return np.arcsin(a)


def arcsin_i32(a: I32):
    return np.arcsin(a)


def arcsin_i8(a: I8):
    return np.arcsin(a)


def arcsin_u8(a: U8):
    return np.arcsin(a)


def arcsin_b(a: B):
    return np.arcsin(a)


def arcsin_c128(a: C128):
    return np.arcsin(a)


def arcsinh_f64(a: F64):
    return np.arcsinh(a)


def arcsinh_f32(a: F32):
    return np.arcsinh(a)


def arcsinh_i64(a: I64):
    return np.arcsinh(a)


def arcsinh_i32(a: I32):
    return np.arcsinh(a)


def arcsinh_i8(a: I8):
    return np.arcsinh(a)


def arcsinh_u8(a: U8):
    return np.arcsinh(a)


def arcsinh_b(a: B):
    return np.arcsinh(a)


def arcsinh_c128(a: C128):
    return np.arcsinh(a)


def arctan_f64(a: F64):
    return np.arctan(a)


def arctan_f32(a: F32):
    return np.arctan(a)


def arctan_i64(a: I64):
    return np.arctan(a)


def arctan_i32(a: I32):
    return np.arctan(a)


def arctan_i8(a: I8):
    return np.arctan(a)


def arctan_u8(a: U8):
    return np.arctan(a)


def arctan_b(a: B):
    return np.arctan(a)


def arctan_c128(a: C128):
    return np.arctan(a)


def arctanh_f64(a: F64):
    return np.arctanh(a)


def arctanh_f32(a: F32):
    return np.arctanh(a)


def arctanh_i64(a: I64):
    return np.arctanh(a)


def arctanh_i32(a: I32):
    return np.arctanh(a)


def arctanh_i8(a: I8):
    return np.arctanh(a)


def arctanh_u8(a: U8):
    return np.arctanh(a)


def arctanh_b(a: B):
    return np.arctanh(a)


def arctanh_c128(a: C128):
    return np.arctanh(a)


def cos_f64(a: F64):
    return np.cos(a)


def cos_f32(a: F32):
    return np.cos(a)


def cos_i64(a: I64):
    return np.cos(a)


def cos_i32(a: I32):
    return np.cos(a)


def cos_i8(a: I8):
    return np.cos(a)


def cos_u8(a: U8):
    return np.cos(a)


def cos_b(a: B):
    return np.cos(a)


def cos_c128(a: C128):
    return np.cos(a)


def cosh_f64(a: F64):
    return np.cosh(a)


def cosh_f32(a: F32):
    return np.cosh(a)


def cosh_i64(a: I64):
    return np.cosh(a)


def cosh_i32(a: I32):
    return np.cosh(a)


def cosh_i8(a: I8):
    return np.cosh(a)


def cosh_u8(a: U8):
    return np.cosh(a)


def cosh_b(a: B):
    return np.cosh(a)


def cosh_c128(a: C128):
    return np.cosh(a)


def degrees_f64(a: F64):
    return np.degrees(a)


def degrees_f32(a: F32):
    return np.degrees(a)


def degrees_i64(a: I64):
    return np.degrees(a)


def degrees_i32(a: I32):
    return np.degrees(a)


def degrees_i8(a: I8):
    return np.degrees(a)


def degrees_u8(a: U8):
    return np.degrees(a)


def degrees_b(a: B):
    return np.degrees(a)


def radians_f64(a: F64):
    return np.radians(a)


def radians_f32(a: F32):
    return np.radians(a)


def radians_i64(a: I64):
    return np.radians(a)


def radians_i32(a: I32):
    return np.radians(a)


def radians_i8(a: I8):
    return np.radians(a)


def radians_u8(a: U8):
    return np.radians(a)


def radians_b(a: B):
    return np.radians(a)


def sin_f64(a: F64):
    return np.sin(a)


def sin_f32(a: F32):
    return np.sin(a)


def sin_i64(a: I64):
    return np.sin(a)


def sin_i32(a: I32):
    return np.sin(a)


def sin_i8(a: I8):
    return np.sin(a)


def sin_u8(a: U8):
    return np.sin(a)


def sin_b(a: B):
    return np.sin(a)


def sin_c128(a: C128):
    return np.sin(a)


def sinh_f64(a: F64):
    return np.sinh(a)


def sinh_f32(a: F32):
    return np.sinh(a)


def sinh_i64(a: I64):
    return np.sinh(a)


def sinh_i32(a: I32):
    return np.sinh(a)


def sinh_i8(a: I8):
    return np.sinh(a)


def sinh_u8(a: U8):
    return np.sinh(a)


def sinh_b(a: B):
    return np.sinh(a)


def sinh_c128(a: C128):
    return np.sinh(a)


def tan_f64(a: F64):
    return np.tan(a)


def tan_f32(a: F32):
    return np.tan(a)


def tan_i64(a: I64):
    return np.tan(a)


def tan_i32(a: I32):
    return np.tan(a)


def tan_i8(a: I8):
    return np.tan(a)


def tan_u8(a: U8):
    return np.tan(a)


def tan_b(a: B):
    return np.tan(a)


def tan_c128(a: C128):
    return np.tan(a)


def tanh_f64(a: F64):
    return np.tanh(a)


def tanh_f32(a: F32):
    return np.tanh(a)


def tanh_i64(a: I64):
    return np.tanh(a)


def tanh_i32(a: I32):
    return np.tanh(a)


def tanh_i8(a: I8):
    return np.tanh(a)


def tanh_u8(a: U8):
    return np.tanh(a)


def tanh_b(a: B):
    return np.tanh(a)


def tanh_c128(a: C128):
    return np.tanh(a)
