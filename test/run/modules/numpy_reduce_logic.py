"""any, all, argmax, argmin.
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


def any_all_f64(a: F64):
    return bool(np.any(a))


def any_all2_f64(a: F642):
    return bool(np.any(a))


def any_axis_f64(a: F642, axis: int):
    return np.any(a, axis)


def any_axis1d_f64(a: F64, axis: int):
    return bool(np.any(a, axis))


def any_keep_f64(a: F642, axis: int):
    return np.any(a, axis, keepdims=True)


def any_method_f64(a: F642):
    return a.any(axis=0)


def any_all_f32(a: F32):
    return bool(np.any(a))


def any_all2_f32(a: F322):
    return bool(np.any(a))


def any_axis_f32(a: F322, axis: int):
    return np.any(a, axis)


def any_axis1d_f32(a: F32, axis: int):
    return bool(np.any(a, axis))


def any_keep_f32(a: F322, axis: int):
    return np.any(a, axis, keepdims=True)


def any_method_f32(a: F322):
    return a.any(axis=0)


def any_all_i32(a: I32):
    return bool(np.any(a))


def any_all2_i32(a: I322):
    return bool(np.any(a))


def any_axis_i32(a: I322, axis: int):
    return np.any(a, axis)


def any_axis1d_i32(a: I32, axis: int):
    return bool(np.any(a, axis))


def any_keep_i32(a: I322, axis: int):
    return np.any(a, axis, keepdims=True)


def any_method_i32(a: I322):
    return a.any(axis=0)


def any_all_b(a: B):
    return bool(np.any(a))


def any_all2_b(a: B2):
    return bool(np.any(a))


def any_axis_b(a: B2, axis: int):
    return np.any(a, axis)


def any_axis1d_b(a: B, axis: int):
    return bool(np.any(a, axis))


def any_keep_b(a: B2, axis: int):
    return np.any(a, axis, keepdims=True)


def any_method_b(a: B2):
    return a.any(axis=0)


def all_all_f64(a: F64):
    return bool(np.all(a))


def all_all2_f64(a: F642):
    return bool(np.all(a))


def all_axis_f64(a: F642, axis: int):
    return np.all(a, axis)


def all_axis1d_f64(a: F64, axis: int):
    return bool(np.all(a, axis))


def all_keep_f64(a: F642, axis: int):
    return np.all(a, axis, keepdims=True)


def all_method_f64(a: F642):
    return a.all(axis=0)


def all_all_f32(a: F32):
    return bool(np.all(a))


def all_all2_f32(a: F322):
    return bool(np.all(a))


def all_axis_f32(a: F322, axis: int):
    return np.all(a, axis)


def all_axis1d_f32(a: F32, axis: int):
    return bool(np.all(a, axis))


def all_keep_f32(a: F322, axis: int):
    return np.all(a, axis, keepdims=True)


def all_method_f32(a: F322):
    return a.all(axis=0)


def all_all_i32(a: I32):
    return bool(np.all(a))


def all_all2_i32(a: I322):
    return bool(np.all(a))


def all_axis_i32(a: I322, axis: int):
    return np.all(a, axis)


def all_axis1d_i32(a: I32, axis: int):
    return bool(np.all(a, axis))


def all_keep_i32(a: I322, axis: int):
    return np.all(a, axis, keepdims=True)


def all_method_i32(a: I322):
    return a.all(axis=0)


def all_all_b(a: B):
    return bool(np.all(a))


def all_all2_b(a: B2):
    return bool(np.all(a))


def all_axis_b(a: B2, axis: int):
    return np.all(a, axis)


def all_axis1d_b(a: B, axis: int):
    return bool(np.all(a, axis))


def all_keep_b(a: B2, axis: int):
    return np.all(a, axis, keepdims=True)


def all_method_b(a: B2):
    return a.all(axis=0)


def argmax_all_f64(a: F64):
    return int(np.argmax(a))


def argmax_all2_f64(a: F642):
    return int(np.argmax(a))


def argmax_axis_f64(a: F642, axis: int):
    return np.argmax(a, axis)


def argmax_axis1d_f64(a: F64, axis: int):
    return int(np.argmax(a, axis))


def argmax_keep_f64(a: F642, axis: int):
    return np.argmax(a, axis, keepdims=True)


def argmax_method_f64(a: F642):
    return a.argmax(axis=0)


def argmax_all_f32(a: F32):
    return int(np.argmax(a))


def argmax_all2_f32(a: F322):
    return int(np.argmax(a))


def argmax_axis_f32(a: F322, axis: int):
    return np.argmax(a, axis)


def argmax_axis1d_f32(a: F32, axis: int):
    return int(np.argmax(a, axis))


def argmax_keep_f32(a: F322, axis: int):
    return np.argmax(a, axis, keepdims=True)


def argmax_method_f32(a: F322):
    return a.argmax(axis=0)


def argmax_all_i32(a: I32):
    return int(np.argmax(a))


def argmax_all2_i32(a: I322):
    return int(np.argmax(a))


def argmax_axis_i32(a: I322, axis: int):
    return np.argmax(a, axis)


def argmax_axis1d_i32(a: I32, axis: int):
    return int(np.argmax(a, axis))


def argmax_keep_i32(a: I322, axis: int):
    return np.argmax(a, axis, keepdims=True)


def argmax_method_i32(a: I322):
    return a.argmax(axis=0)


def argmax_all_b(a: B):
    return int(np.argmax(a))


def argmax_all2_b(a: B2):
    return int(np.argmax(a))


def argmax_axis_b(a: B2, axis: int):
    return np.argmax(a, axis)


def argmax_axis1d_b(a: B, axis: int):
    return int(np.argmax(a, axis))


def argmax_keep_b(a: B2, axis: int):
    return np.argmax(a, axis, keepdims=True)


def argmax_method_b(a: B2):
    return a.argmax(axis=0)


def argmin_all_f64(a: F64):
    return int(np.argmin(a))


def argmin_all2_f64(a: F642):
    return int(np.argmin(a))


def argmin_axis_f64(a: F642, axis: int):
    return np.argmin(a, axis)


def argmin_axis1d_f64(a: F64, axis: int):
    return int(np.argmin(a, axis))


def argmin_keep_f64(a: F642, axis: int):
    return np.argmin(a, axis, keepdims=True)


def argmin_method_f64(a: F642):
    return a.argmin(axis=0)


def argmin_all_f32(a: F32):
    return int(np.argmin(a))


def argmin_all2_f32(a: F322):
    return int(np.argmin(a))


def argmin_axis_f32(a: F322, axis: int):
    return np.argmin(a, axis)


def argmin_axis1d_f32(a: F32, axis: int):
    return int(np.argmin(a, axis))


def argmin_keep_f32(a: F322, axis: int):
    return np.argmin(a, axis, keepdims=True)


def argmin_method_f32(a: F322):
    return a.argmin(axis=0)


def argmin_all_i32(a: I32):
    return int(np.argmin(a))


def argmin_all2_i32(a: I322):
    return int(np.argmin(a))


def argmin_axis_i32(a: I322, axis: int):
    return np.argmin(a, axis)


def argmin_axis1d_i32(a: I32, axis: int):
    return int(np.argmin(a, axis))


def argmin_keep_i32(a: I322, axis: int):
    return np.argmin(a, axis, keepdims=True)


def argmin_method_i32(a: I322):
    return a.argmin(axis=0)


def argmin_all_b(a: B):
    return int(np.argmin(a))


def argmin_all2_b(a: B2):
    return int(np.argmin(a))


def argmin_axis_b(a: B2, axis: int):
    return np.argmin(a, axis)


def argmin_axis1d_b(a: B, axis: int):
    return int(np.argmin(a, axis))


def argmin_keep_b(a: B2, axis: int):
    return np.argmin(a, axis, keepdims=True)


def argmin_method_b(a: B2):
    return a.argmin(axis=0)
