"""sum, prod, mean, std, var (with dtype= and ddof).
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
