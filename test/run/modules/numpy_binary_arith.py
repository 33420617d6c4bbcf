"""Arithmetic: add, subtract, multiply, divide, true_divide, floor_divide, remainder, power.
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
