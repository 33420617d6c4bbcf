"""cumsum, cumprod, maximum.accumulate, minimum.accumulate.
numpy's reductions and scans (typing rules Reduction and Scan) on 1-d and 2-d arrays of
float64, float32, int32 and bool: over everything (a Python scalar in compiled code, converted here
since CPython gives a numpy scalar), over an axis given at run time (out of range: numpy's
AxisError), keepdims, dtype=; empty arrays, NaN and -0.0 in the inputs. Written by a generator."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F642 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]
F322 = np.ndarray[tuple[int, int], np.dtype[np.float32]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
I322 = np.ndarray[tuple[int, int], np.dtype[np.int32]]
B = np.ndarray[tuple[int], np.dtype[np.bool_]]
B2 = np.ndarray[tuple[int, int], np.dtype[np.bool_]]


def cumsum_flat_f64(a: F642):
    return np.cumsum(a)


def cumsum_axis_f64(a: F642, axis: int):
    return np.cumsum(a, axis)


def cumsum_flat_f32(a: F322):
    return np.cumsum(a)


def cumsum_axis_f32(a: F322, axis: int):
    return np.cumsum(a, axis)


def cumsum_flat_i32(a: I322):
    return np.cumsum(a)


def cumsum_axis_i32(a: I322, axis: int):
    return np.cumsum(a, axis)


def cumsum_flat_b(a: B2):
    return np.cumsum(a)


def cumsum_axis_b(a: B2, axis: int):
    return np.cumsum(a, axis)


def cumsum_dtype_i32_f64(a: I322, axis: int):
    return np.cumsum(a, axis, dtype=np.float64)


def cumprod_flat_f64(a: F642):
    return np.cumprod(a)


def cumprod_axis_f64(a: F642, axis: int):
    return np.cumprod(a, axis)


def cumprod_flat_f32(a: F322):
    return np.cumprod(a)


def cumprod_axis_f32(a: F322, axis: int):
    return np.cumprod(a, axis)


def cumprod_flat_i32(a: I322):
    return np.cumprod(a)


def cumprod_axis_i32(a: I322, axis: int):
    return np.cumprod(a, axis)


def cumprod_flat_b(a: B2):
    return np.cumprod(a)


def cumprod_axis_b(a: B2, axis: int):
    return np.cumprod(a, axis)


def cumprod_dtype_i32_f64(a: I322, axis: int):
    return np.cumprod(a, axis, dtype=np.float64)


def maximum_accumulate_f64(a: F64):
    return np.maximum.accumulate(a)


def maximum_accumulate_axis_f64(a: F642, axis: int):
    return np.maximum.accumulate(a, axis)


def maximum_accumulate_f32(a: F32):
    return np.maximum.accumulate(a)


def maximum_accumulate_axis_f32(a: F322, axis: int):
    return np.maximum.accumulate(a, axis)


def maximum_accumulate_i32(a: I32):
    return np.maximum.accumulate(a)


def maximum_accumulate_axis_i32(a: I322, axis: int):
    return np.maximum.accumulate(a, axis)


def maximum_accumulate_b(a: B):
    return np.maximum.accumulate(a)


def maximum_accumulate_axis_b(a: B2, axis: int):
    return np.maximum.accumulate(a, axis)


def minimum_accumulate_f64(a: F64):
    return np.minimum.accumulate(a)


def minimum_accumulate_axis_f64(a: F642, axis: int):
    return np.minimum.accumulate(a, axis)


def minimum_accumulate_f32(a: F32):
    return np.minimum.accumulate(a)


def minimum_accumulate_axis_f32(a: F322, axis: int):
    return np.minimum.accumulate(a, axis)


def minimum_accumulate_i32(a: I32):
    return np.minimum.accumulate(a)


def minimum_accumulate_axis_i32(a: I322, axis: int):
    return np.minimum.accumulate(a, axis)


def minimum_accumulate_b(a: B):
    return np.minimum.accumulate(a)


def minimum_accumulate_axis_b(a: B2, axis: int):
    return np.minimum.accumulate(a, axis)
