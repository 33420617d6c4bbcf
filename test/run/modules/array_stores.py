"""Scalars stored into arrays (a[i] = v, a[:] = v, a[i] += v, a row of a 2-d array, fill) are
converted as numpy 2 converts them: NaN, inf and out-of-range values into integer arrays
raise numpy's ValueError / OverflowError instead of wrapping or saturating."""
import numpy as np



def store_float(a: np.ndarray[tuple[int], np.dtype[np.int64]], v: float) -> np.ndarray[tuple[int], np.dtype[np.int64]]:
    a[0] = v
    return a


def store_float_slice(a: np.ndarray[tuple[int], np.dtype[np.int64]], v: float) -> np.ndarray[tuple[int], np.dtype[np.int64]]:
    a[:] = v
    return a


def store_float_add(a: np.ndarray[tuple[int], np.dtype[np.int64]], v: float) -> np.ndarray[tuple[int], np.dtype[np.int64]]:
    a[0] += v
    return a


def store_float_2d(a: np.ndarray[tuple[int, int], np.dtype[np.int64]], v: float) -> np.ndarray[tuple[int, int], np.dtype[np.int64]]:
    a[0, 1] = v
    a[1] = v
    return a


def store_int_u8(a: np.ndarray[tuple[int], np.dtype[np.uint8]], v: int) -> np.ndarray[tuple[int], np.dtype[np.uint8]]:
    a[0] = v
    return a


def store_float_u8(a: np.ndarray[tuple[int], np.dtype[np.uint8]], v: float) -> np.ndarray[tuple[int], np.dtype[np.uint8]]:
    a[1:] = v
    return a


def store_int_i32(a: np.ndarray[tuple[int], np.dtype[np.int32]], v: int) -> np.ndarray[tuple[int], np.dtype[np.int32]]:
    a[0] = v
    return a


def store_int_u64(a: np.ndarray[tuple[int], np.dtype[np.uint64]], v: int) -> np.ndarray[tuple[int], np.dtype[np.uint64]]:
    a[0] = v
    return a


def store_float_u64(a: np.ndarray[tuple[int], np.dtype[np.uint64]], v: float) -> np.ndarray[tuple[int], np.dtype[np.uint64]]:
    a[0] = v
    return a


def store_int_i8_add(a: np.ndarray[tuple[int], np.dtype[np.int8]], v: int) -> np.ndarray[tuple[int], np.dtype[np.int8]]:
    a[0] += v
    return a


def store_float_f32(a: np.ndarray[tuple[int], np.dtype[np.float32]], v: float) -> np.ndarray[tuple[int], np.dtype[np.float32]]:
    a[0] = v
    return a


def store_bool(a: np.ndarray[tuple[int], np.dtype[np.bool_]], v: float) -> np.ndarray[tuple[int], np.dtype[np.bool_]]:
    a[0] = v
    return a


def store_elements(a: np.ndarray[tuple[int], np.dtype[np.int32]], b: np.ndarray[tuple[int], np.dtype[np.int64]], c: np.ndarray[tuple[int], np.dtype[np.uint8]], i: int) -> tuple[int, int]:
    """An int64 array element (a numpy scalar) into int32 and uint8 arrays: numpy checks the
    signed store and wraps the unsigned one."""
    c[0] = b[i]
    a[0] = b[i]
    return int(a[0]), int(c[0])


def fill_int(a: np.ndarray[tuple[int], np.dtype[np.int16]], v: int) -> np.ndarray[tuple[int], np.dtype[np.int16]]:
    a.fill(v)
    return a


def store_int(a: np.ndarray[tuple[int], np.dtype[np.int64]], v: int) -> np.ndarray[tuple[int], np.dtype[np.int64]]:
    a[1] = v
    return a
