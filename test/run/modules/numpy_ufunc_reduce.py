"""ufunc.reduce methods: numpy.add.reduce, multiply.reduce, maximum.reduce, minimum.reduce
(axis defaults to 0, None reduces everything), over 1-d and 2-d arrays of float64, float32, int32
and bool. Names are reduction_kind_dtype, as in the other reduction modules."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F642 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]
F322 = np.ndarray[tuple[int, int], np.dtype[np.float32]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
I322 = np.ndarray[tuple[int, int], np.dtype[np.int32]]
B = np.ndarray[tuple[int], np.dtype[np.bool_]]
B2 = np.ndarray[tuple[int, int], np.dtype[np.bool_]]


def addreduce_all_f64(a: F64):
    return np.add.reduce(a)


def addreduce_flat_f64(a: F642):
    return np.add.reduce(a)


def addreduce_axis_f64(a: F642, axis: int):
    return np.add.reduce(a, axis)


def addreduce_all2_f64(a: F642):
    return np.add.reduce(a, axis=None, keepdims=True)


def addreduce_all_f32(a: F32):
    return np.add.reduce(a)


def addreduce_flat_f32(a: F322):
    return np.add.reduce(a)


def addreduce_axis_f32(a: F322, axis: int):
    return np.add.reduce(a, axis)


def addreduce_all2_f32(a: F322):
    return np.add.reduce(a, axis=None, keepdims=True)


def addreduce_all_i32(a: I32):
    return np.add.reduce(a)


def addreduce_flat_i32(a: I322):
    return np.add.reduce(a)


def addreduce_axis_i32(a: I322, axis: int):
    return np.add.reduce(a, axis)


def addreduce_all2_i32(a: I322):
    return np.add.reduce(a, axis=None, keepdims=True)


def addreduce_all_b(a: B):
    return np.add.reduce(a)


def addreduce_flat_b(a: B2):
    return np.add.reduce(a)


def addreduce_axis_b(a: B2, axis: int):
    return np.add.reduce(a, axis)


def addreduce_all2_b(a: B2):
    return np.add.reduce(a, axis=None, keepdims=True)


def multiplyreduce_all_f64(a: F64):
    return np.multiply.reduce(a)


def multiplyreduce_flat_f64(a: F642):
    return np.multiply.reduce(a)


def multiplyreduce_axis_f64(a: F642, axis: int):
    return np.multiply.reduce(a, axis)


def multiplyreduce_all2_f64(a: F642):
    return np.multiply.reduce(a, axis=None, keepdims=True)


def multiplyreduce_all_f32(a: F32):
    return np.multiply.reduce(a)


def multiplyreduce_flat_f32(a: F322):
    return np.multiply.reduce(a)


def multiplyreduce_axis_f32(a: F322, axis: int):
    return np.multiply.reduce(a, axis)


def multiplyreduce_all2_f32(a: F322):
    return np.multiply.reduce(a, axis=None, keepdims=True)


def multiplyreduce_all_i32(a: I32):
    return np.multiply.reduce(a)


def multiplyreduce_flat_i32(a: I322):
    return np.multiply.reduce(a)


def multiplyreduce_axis_i32(a: I322, axis: int):
    return np.multiply.reduce(a, axis)


def multiplyreduce_all2_i32(a: I322):
    return np.multiply.reduce(a, axis=None, keepdims=True)


def multiplyreduce_all_b(a: B):
    return np.multiply.reduce(a)


def multiplyreduce_flat_b(a: B2):
    return np.multiply.reduce(a)


def multiplyreduce_axis_b(a: B2, axis: int):
    return np.multiply.reduce(a, axis)


def multiplyreduce_all2_b(a: B2):
    return np.multiply.reduce(a, axis=None, keepdims=True)


def maximumreduce_all_f64(a: F64):
    return np.maximum.reduce(a)


def maximumreduce_flat_f64(a: F642):
    return np.maximum.reduce(a)


def maximumreduce_axis_f64(a: F642, axis: int):
    return np.maximum.reduce(a, axis)


def maximumreduce_all2_f64(a: F642):
    return np.maximum.reduce(a, axis=None, keepdims=True)


def maximumreduce_all_f32(a: F32):
    return np.maximum.reduce(a)


def maximumreduce_flat_f32(a: F322):
    return np.maximum.reduce(a)


def maximumreduce_axis_f32(a: F322, axis: int):
    return np.maximum.reduce(a, axis)


def maximumreduce_all2_f32(a: F322):
    return np.maximum.reduce(a, axis=None, keepdims=True)


def maximumreduce_all_i32(a: I32):
    return np.maximum.reduce(a)


def maximumreduce_flat_i32(a: I322):
    return np.maximum.reduce(a)


def maximumreduce_axis_i32(a: I322, axis: int):
    return np.maximum.reduce(a, axis)


def maximumreduce_all2_i32(a: I322):
    return np.maximum.reduce(a, axis=None, keepdims=True)


def minimumreduce_all_f64(a: F64):
    return np.minimum.reduce(a)


def minimumreduce_flat_f64(a: F642):
    return np.minimum.reduce(a)


def minimumreduce_axis_f64(a: F642, axis: int):
    return np.minimum.reduce(a, axis)


def minimumreduce_all2_f64(a: F642):
    return np.minimum.reduce(a, axis=None, keepdims=True)


def minimumreduce_all_f32(a: F32):
    return np.minimum.reduce(a)


def minimumreduce_flat_f32(a: F322):
    return np.minimum.reduce(a)


def minimumreduce_axis_f32(a: F322, axis: int):
    return np.minimum.reduce(a, axis)


def minimumreduce_all2_f32(a: F322):
    return np.minimum.reduce(a, axis=None, keepdims=True)


def minimumreduce_all_i32(a: I32):
    return np.minimum.reduce(a)


def minimumreduce_flat_i32(a: I322):
    return np.minimum.reduce(a)


def minimumreduce_axis_i32(a: I322, axis: int):
    return np.minimum.reduce(a, axis)


def minimumreduce_all2_i32(a: I322):
    return np.minimum.reduce(a, axis=None, keepdims=True)
