"""numpy's one-argument ufuncs (stdlib_shims/numpy/*.hpp, typing rule Ufunc) on every dtype kind;
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
