"""numpy ufuncs with out= and where= (every Ufunc shim takes them): the result is written into
out, cast as numpy casts ('same_kind': TypeError otherwise), broadcast to out's shape (numpy's
ValueErrors otherwise), only where the mask is true, and out itself is returned."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F642 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]
I64 = np.ndarray[tuple[int], np.dtype[np.int64]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
I8 = np.ndarray[tuple[int], np.dtype[np.int8]]
B = np.ndarray[tuple[int], np.dtype[np.bool_]]
B2 = np.ndarray[tuple[int, int], np.dtype[np.bool_]]


def add_out(a: F64, b: F64, out: F64):
    return np.add(a, b, out=out)


def add_out_returns_it(a: F64, out: F64) -> bool:
    r = np.add(a, 1.0, out=out)
    r[0] = -7.0
    return out[0] == -7.0


def sqrt_in_place(a: F64) -> F64:
    np.sqrt(a, out=a)
    return a


def multiply_out_2d(a: F642, v: F64, out: F642):
    return np.multiply(a, v, out=out)


def add_out_broadcast(a: F64, out: F642):
    return np.add(a, 2.0, out=out)


def add_out_int(a: F64, out: I64):
    return np.add(a, a, out=out)


def add_out_narrow(a: I32, out: I8):
    return np.add(a, 1, out=out)


def sqrt_out_f32(a: I64, out: F32):
    return np.sqrt(a, out=out)


def less_out_float(a: F64, out: F64):
    return np.less(a, 2.0, out=out)


def isnan_out_int(a: F64, out: I8):
    return np.isnan(a, out=out)


def add_where(a: F64, out: F64, mask: B):
    return np.add(a, 1.0, out=out, where=mask)


def maximum_where_2d(a: F642, b: F64, out: F642, mask: B2):
    return np.maximum(a, b, out=out, where=mask)


def clip_out(a: F64, out: F64):
    return np.clip(a, -1.0, 1.0, out=out)


def negative_out_expr(a: F64, b: F64, out: F64):
    return np.negative(a * b + 1.0, out=out)
