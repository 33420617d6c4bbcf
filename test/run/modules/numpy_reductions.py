"""numpy's reductions and scans (typing rules Reduction and Scan) on 1-d and 2-d arrays of
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


def sum_all_f64(a: F64):
    return float(np.sum(a))


def sum_all2_f64(a: F642):
    return float(np.sum(a))


def sum_axis_f64(a: F642, axis: int):
    return np.sum(a, axis)


def sum_axis1d_f64(a: F64, axis: int):
    return float(np.sum(a, axis))


def sum_keep_f64(a: F642, axis: int):
    return np.sum(a, axis, keepdims=True)


def sum_method_f64(a: F642):
    return a.sum(axis=0)


def sum_all_f32(a: F32):
    return float(np.sum(a))


def sum_all2_f32(a: F322):
    return float(np.sum(a))


def sum_axis_f32(a: F322, axis: int):
    return np.sum(a, axis)


def sum_axis1d_f32(a: F32, axis: int):
    return float(np.sum(a, axis))


def sum_keep_f32(a: F322, axis: int):
    return np.sum(a, axis, keepdims=True)


def sum_method_f32(a: F322):
    return a.sum(axis=0)


def sum_all_i32(a: I32):
    return int(np.sum(a))


def sum_all2_i32(a: I322):
    return int(np.sum(a))


def sum_axis_i32(a: I322, axis: int):
    return np.sum(a, axis)


def sum_axis1d_i32(a: I32, axis: int):
    return int(np.sum(a, axis))


def sum_keep_i32(a: I322, axis: int):
    return np.sum(a, axis, keepdims=True)


def sum_method_i32(a: I322):
    return a.sum(axis=0)


def sum_all_b(a: B):
    return int(np.sum(a))


def sum_all2_b(a: B2):
    return int(np.sum(a))


def sum_axis_b(a: B2, axis: int):
    return np.sum(a, axis)


def sum_axis1d_b(a: B, axis: int):
    return int(np.sum(a, axis))


def sum_keep_b(a: B2, axis: int):
    return np.sum(a, axis, keepdims=True)


def sum_method_b(a: B2):
    return a.sum(axis=0)


def prod_all_f64(a: F64):
    return float(np.prod(a))


def prod_all2_f64(a: F642):
    return float(np.prod(a))


def prod_axis_f64(a: F642, axis: int):
    return np.prod(a, axis)


def prod_axis1d_f64(a: F64, axis: int):
    return float(np.prod(a, axis))


def prod_keep_f64(a: F642, axis: int):
    return np.prod(a, axis, keepdims=True)


def prod_method_f64(a: F642):
    return a.prod(axis=0)


def prod_all_f32(a: F32):
    return float(np.prod(a))


def prod_all2_f32(a: F322):
    return float(np.prod(a))


def prod_axis_f32(a: F322, axis: int):
    return np.prod(a, axis)


def prod_axis1d_f32(a: F32, axis: int):
    return float(np.prod(a, axis))


def prod_keep_f32(a: F322, axis: int):
    return np.prod(a, axis, keepdims=True)


def prod_method_f32(a: F322):
    return a.prod(axis=0)


def prod_all_i32(a: I32):
    return int(np.prod(a))


def prod_all2_i32(a: I322):
    return int(np.prod(a))


def prod_axis_i32(a: I322, axis: int):
    return np.prod(a, axis)


def prod_axis1d_i32(a: I32, axis: int):
    return int(np.prod(a, axis))


def prod_keep_i32(a: I322, axis: int):
    return np.prod(a, axis, keepdims=True)


def prod_method_i32(a: I322):
    return a.prod(axis=0)


def prod_all_b(a: B):
    return int(np.prod(a))


def prod_all2_b(a: B2):
    return int(np.prod(a))


def prod_axis_b(a: B2, axis: int):
    return np.prod(a, axis)


def prod_axis1d_b(a: B, axis: int):
    return int(np.prod(a, axis))


def prod_keep_b(a: B2, axis: int):
    return np.prod(a, axis, keepdims=True)


def prod_method_b(a: B2):
    return a.prod(axis=0)


def mean_all_f64(a: F64):
    return float(np.mean(a))


def mean_all2_f64(a: F642):
    return float(np.mean(a))


def mean_axis_f64(a: F642, axis: int):
    return np.mean(a, axis)


def mean_axis1d_f64(a: F64, axis: int):
    return float(np.mean(a, axis))


def mean_keep_f64(a: F642, axis: int):
    return np.mean(a, axis, keepdims=True)


def mean_method_f64(a: F642):
    return a.mean(axis=0)


def mean_all_f32(a: F32):
    return float(np.mean(a))


def mean_all2_f32(a: F322):
    return float(np.mean(a))


def mean_axis_f32(a: F322, axis: int):
    return np.mean(a, axis)


def mean_axis1d_f32(a: F32, axis: int):
    return float(np.mean(a, axis))


def mean_keep_f32(a: F322, axis: int):
    return np.mean(a, axis, keepdims=True)


def mean_method_f32(a: F322):
    return a.mean(axis=0)


def mean_all_i32(a: I32):
    return float(np.mean(a))


def mean_all2_i32(a: I322):
    return float(np.mean(a))


def mean_axis_i32(a: I322, axis: int):
    return np.mean(a, axis)


def mean_axis1d_i32(a: I32, axis: int):
    return float(np.mean(a, axis))


def mean_keep_i32(a: I322, axis: int):
    return np.mean(a, axis, keepdims=True)


def mean_method_i32(a: I322):
    return a.mean(axis=0)


def mean_all_b(a: B):
    return float(np.mean(a))


def mean_all2_b(a: B2):
    return float(np.mean(a))


def mean_axis_b(a: B2, axis: int):
    return np.mean(a, axis)


def mean_axis1d_b(a: B, axis: int):
    return float(np.mean(a, axis))


def mean_keep_b(a: B2, axis: int):
    return np.mean(a, axis, keepdims=True)


def mean_method_b(a: B2):
    return a.mean(axis=0)


def std_all_f64(a: F64):
    return float(np.std(a))


def std_all2_f64(a: F642):
    return float(np.std(a))


def std_axis_f64(a: F642, axis: int):
    return np.std(a, axis)


def std_axis1d_f64(a: F64, axis: int):
    return float(np.std(a, axis))


def std_keep_f64(a: F642, axis: int):
    return np.std(a, axis, keepdims=True)


def std_method_f64(a: F642):
    return a.std(axis=0)


def std_all_f32(a: F32):
    return float(np.std(a))


def std_all2_f32(a: F322):
    return float(np.std(a))


def std_axis_f32(a: F322, axis: int):
    return np.std(a, axis)


def std_axis1d_f32(a: F32, axis: int):
    return float(np.std(a, axis))


def std_keep_f32(a: F322, axis: int):
    return np.std(a, axis, keepdims=True)


def std_method_f32(a: F322):
    return a.std(axis=0)


def std_all_i32(a: I32):
    return float(np.std(a))


def std_all2_i32(a: I322):
    return float(np.std(a))


def std_axis_i32(a: I322, axis: int):
    return np.std(a, axis)


def std_axis1d_i32(a: I32, axis: int):
    return float(np.std(a, axis))


def std_keep_i32(a: I322, axis: int):
    return np.std(a, axis, keepdims=True)


def std_method_i32(a: I322):
    return a.std(axis=0)


def std_all_b(a: B):
    return float(np.std(a))


def std_all2_b(a: B2):
    return float(np.std(a))


def std_axis_b(a: B2, axis: int):
    return np.std(a, axis)


def std_axis1d_b(a: B, axis: int):
    return float(np.std(a, axis))


def std_keep_b(a: B2, axis: int):
    return np.std(a, axis, keepdims=True)


def std_method_b(a: B2):
    return a.std(axis=0)


def var_all_f64(a: F64):
    return float(np.var(a))


def var_all2_f64(a: F642):
    return float(np.var(a))


def var_axis_f64(a: F642, axis: int):
    return np.var(a, axis)


def var_axis1d_f64(a: F64, axis: int):
    return float(np.var(a, axis))


def var_keep_f64(a: F642, axis: int):
    return np.var(a, axis, keepdims=True)


def var_method_f64(a: F642):
    return a.var(axis=0)


def var_all_f32(a: F32):
    return float(np.var(a))


def var_all2_f32(a: F322):
    return float(np.var(a))


def var_axis_f32(a: F322, axis: int):
    return np.var(a, axis)


def var_axis1d_f32(a: F32, axis: int):
    return float(np.var(a, axis))


def var_keep_f32(a: F322, axis: int):
    return np.var(a, axis, keepdims=True)


def var_method_f32(a: F322):
    return a.var(axis=0)


def var_all_i32(a: I32):
    return float(np.var(a))


def var_all2_i32(a: I322):
    return float(np.var(a))


def var_axis_i32(a: I322, axis: int):
    return np.var(a, axis)


def var_axis1d_i32(a: I32, axis: int):
    return float(np.var(a, axis))


def var_keep_i32(a: I322, axis: int):
    return np.var(a, axis, keepdims=True)


def var_method_i32(a: I322):
    return a.var(axis=0)


def var_all_b(a: B):
    return float(np.var(a))


def var_all2_b(a: B2):
    return float(np.var(a))


def var_axis_b(a: B2, axis: int):
    return np.var(a, axis)


def var_axis1d_b(a: B, axis: int):
    return float(np.var(a, axis))


def var_keep_b(a: B2, axis: int):
    return np.var(a, axis, keepdims=True)


def var_method_b(a: B2):
    return a.var(axis=0)


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


def sum_dtype_i32_f64(a: I322, axis: int):
    return np.sum(a, axis, dtype=np.float64)


def sum_dtype_f64_f32(a: F642, axis: int):
    return np.sum(a, axis, dtype=np.float32)


def prod_dtype_i32_f64(a: I322, axis: int):
    return np.prod(a, axis, dtype=np.float64)


def prod_dtype_f64_f32(a: F642, axis: int):
    return np.prod(a, axis, dtype=np.float32)


def mean_dtype_i32_f64(a: I322, axis: int):
    return np.mean(a, axis, dtype=np.float64)


def mean_dtype_f64_f32(a: F642, axis: int):
    return np.mean(a, axis, dtype=np.float32)


def std_ddof_f64(a: F642, axis: int):
    return np.std(a, axis, ddof=1)


def var_ddof_f64(a: F642, axis: int):
    return np.var(a, axis, ddof=1)


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
