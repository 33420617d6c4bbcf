"""max, min, amax, amin.
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


def max_all_f64(a: F64):
    return float(np.max(a))


def max_all2_f64(a: F642):
    return float(np.max(a))


def max_axis_f64(a: F642, axis: int):
    return np.max(a, axis)


def max_axis1d_f64(a: F64, axis: int):
    return float(np.max(a, axis))


def max_keep_f64(a: F642, axis: int):
    return np.max(a, axis, keepdims=True)


def max_method_f64(a: F642):
    return a.max(axis=0)


def max_all_f32(a: F32):
    return float(np.max(a))


def max_all2_f32(a: F322):
    return float(np.max(a))


def max_axis_f32(a: F322, axis: int):
    return np.max(a, axis)


def max_axis1d_f32(a: F32, axis: int):
    return float(np.max(a, axis))


def max_keep_f32(a: F322, axis: int):
    return np.max(a, axis, keepdims=True)


def max_method_f32(a: F322):
    return a.max(axis=0)


def max_all_i32(a: I32):
    return int(np.max(a))


def max_all2_i32(a: I322):
    return int(np.max(a))


def max_axis_i32(a: I322, axis: int):
    return np.max(a, axis)


def max_axis1d_i32(a: I32, axis: int):
    return int(np.max(a, axis))


def max_keep_i32(a: I322, axis: int):
    return np.max(a, axis, keepdims=True)


def max_method_i32(a: I322):
    return a.max(axis=0)


def max_all_b(a: B):
    return bool(np.max(a))


def max_all2_b(a: B2):
    return bool(np.max(a))


def max_axis_b(a: B2, axis: int):
    return np.max(a, axis)


def max_axis1d_b(a: B, axis: int):
    return bool(np.max(a, axis))


def max_keep_b(a: B2, axis: int):
    return np.max(a, axis, keepdims=True)


def max_method_b(a: B2):
    return a.max(axis=0)


def min_all_f64(a: F64):
    return float(np.min(a))


def min_all2_f64(a: F642):
    return float(np.min(a))


def min_axis_f64(a: F642, axis: int):
    return np.min(a, axis)


def min_axis1d_f64(a: F64, axis: int):
    return float(np.min(a, axis))


def min_keep_f64(a: F642, axis: int):
    return np.min(a, axis, keepdims=True)


def min_method_f64(a: F642):
    return a.min(axis=0)


def min_all_f32(a: F32):
    return float(np.min(a))


def min_all2_f32(a: F322):
    return float(np.min(a))


def min_axis_f32(a: F322, axis: int):
    return np.min(a, axis)


def min_axis1d_f32(a: F32, axis: int):
    return float(np.min(a, axis))


def min_keep_f32(a: F322, axis: int):
    return np.min(a, axis, keepdims=True)


def min_method_f32(a: F322):
    return a.min(axis=0)


def min_all_i32(a: I32):
    return int(np.min(a))


def min_all2_i32(a: I322):
    return int(np.min(a))


def min_axis_i32(a: I322, axis: int):
    return np.min(a, axis)


def min_axis1d_i32(a: I32, axis: int):
    return int(np.min(a, axis))


def min_keep_i32(a: I322, axis: int):
    return np.min(a, axis, keepdims=True)


def min_method_i32(a: I322):
    return a.min(axis=0)


def min_all_b(a: B):
    return bool(np.min(a))


def min_all2_b(a: B2):
    return bool(np.min(a))


def min_axis_b(a: B2, axis: int):
    return np.min(a, axis)


def min_axis1d_b(a: B, axis: int):
    return bool(np.min(a, axis))


def min_keep_b(a: B2, axis: int):
    return np.min(a, axis, keepdims=True)


def min_method_b(a: B2):
    return a.min(axis=0)


def amax_all_f64(a: F64):
    return float(np.amax(a))


def amax_all2_f64(a: F642):
    return float(np.amax(a))


def amax_axis_f64(a: F642, axis: int):
    return np.amax(a, axis)


def amax_axis1d_f64(a: F64, axis: int):
    return float(np.amax(a, axis))


def amax_keep_f64(a: F642, axis: int):
    return np.amax(a, axis, keepdims=True)


def amax_method_f64(a: F642):
    return np.amax(a, axis=-1)


def amax_all_f32(a: F32):
    return float(np.amax(a))


def amax_all2_f32(a: F322):
    return float(np.amax(a))


def amax_axis_f32(a: F322, axis: int):
    return np.amax(a, axis)


def amax_axis1d_f32(a: F32, axis: int):
    return float(np.amax(a, axis))


def amax_keep_f32(a: F322, axis: int):
    return np.amax(a, axis, keepdims=True)


def amax_method_f32(a: F322):
    return np.amax(a, axis=-1)


def amax_all_i32(a: I32):
    return int(np.amax(a))


def amax_all2_i32(a: I322):
    return int(np.amax(a))


def amax_axis_i32(a: I322, axis: int):
    return np.amax(a, axis)


def amax_axis1d_i32(a: I32, axis: int):
    return int(np.amax(a, axis))


def amax_keep_i32(a: I322, axis: int):
    return np.amax(a, axis, keepdims=True)


def amax_method_i32(a: I322):
    return np.amax(a, axis=-1)


def amax_all_b(a: B):
    return bool(np.amax(a))


def amax_all2_b(a: B2):
    return bool(np.amax(a))


def amax_axis_b(a: B2, axis: int):
    return np.amax(a, axis)


def amax_axis1d_b(a: B, axis: int):
    return bool(np.amax(a, axis))


def amax_keep_b(a: B2, axis: int):
    return np.amax(a, axis, keepdims=True)


def amax_method_b(a: B2):
    return np.amax(a, axis=-1)


def amin_all_f64(a: F64):
    return float(np.amin(a))


def amin_all2_f64(a: F642):
    return float(np.amin(a))


def amin_axis_f64(a: F642, axis: int):
    return np.amin(a, axis)


def amin_axis1d_f64(a: F64, axis: int):
    return float(np.amin(a, axis))


def amin_keep_f64(a: F642, axis: int):
    return np.amin(a, axis, keepdims=True)


def amin_method_f64(a: F642):
    return np.amin(a, axis=-1)


def amin_all_f32(a: F32):
    return float(np.amin(a))


def amin_all2_f32(a: F322):
    return float(np.amin(a))


def amin_axis_f32(a: F322, axis: int):
    return np.amin(a, axis)


def amin_axis1d_f32(a: F32, axis: int):
    return float(np.amin(a, axis))


def amin_keep_f32(a: F322, axis: int):
    return np.amin(a, axis, keepdims=True)


def amin_method_f32(a: F322):
    return np.amin(a, axis=-1)


def amin_all_i32(a: I32):
    return int(np.amin(a))


def amin_all2_i32(a: I322):
    return int(np.amin(a))


def amin_axis_i32(a: I322, axis: int):
    return np.amin(a, axis)


def amin_axis1d_i32(a: I32, axis: int):
    return int(np.amin(a, axis))


def amin_keep_i32(a: I322, axis: int):
    return np.amin(a, axis, keepdims=True)


def amin_method_i32(a: I322):
    return np.amin(a, axis=-1)


def amin_all_b(a: B):
    return bool(np.amin(a))


def amin_all2_b(a: B2):
    return bool(np.amin(a))


def amin_axis_b(a: B2, axis: int):
    return np.amin(a, axis)


def amin_axis1d_b(a: B, axis: int):
    return bool(np.amin(a, axis))


def amin_keep_b(a: B2, axis: int):
    return np.amin(a, axis, keepdims=True)


def amin_method_b(a: B2):
    return np.amin(a, axis=-1)
