"""np.array and np.asarray of data (typing rule FromData): dtype= as a numpy type, a Python type
or a name; tuples, lists of tuples and nested lists (2-d, 3-d), lists and tuples of arrays
(stacked); numpy's conversions of Python numbers (OverflowError, NaN) and its inhomogeneous
shape ValueError; np.asarray of an array of its dtype is the same array (no copy)."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F642 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]


def array_f32(n: int):
    return np.array([1, 2, n], dtype=np.float32)


def array_dtype_int32(xs: list[float]):
    return np.array(xs, dtype=np.int32)


def array_dtype_int8(xs: list[int]):
    return np.array(xs, dtype=np.int8)


def array_dtype_uint8(xs: list[int]):
    return np.array(xs, dtype="uint8")


def array_dtype_int(xs: list[float]):
    return np.array(xs, dtype=int)


def array_dtype_float(xs: list[int]):
    return np.array(xs, dtype=float)


def array_dtype_bool(xs: list[float]):
    return np.array(xs, dtype=bool)


def array_dtype_complex(xs: list[float]):
    return np.array(xs, dtype=complex)


def array_complex_to_float(xs: list[complex]):
    return np.array(xs, dtype=np.float64)


def array_complex_to_int(xs: list[complex]):
    return np.array(xs, dtype=np.int64)


def array_tuple(x: float, n: int):
    return np.array((n, x, 2))


def array_tuple_ints(n: int):
    return np.array((n, n + 1, True))


def array_list_of_tuples(x: float, y: float):
    return np.array([(x, y), (y, x), (0.0, 1.0)])


def array_list_of_tuples_dtype(x: float, y: float):
    return np.array([(x, y), (y, x)], dtype=np.float32)


def array_nested(rows: list[list[float]]):
    return np.array(rows)


def array_nested_3d(blocks: list[list[list[int]]]):
    return np.array(blocks, dtype=np.int32)


def array_of_arrays(a: F64, b: F64):
    return np.array([a, b])


def array_of_arrays_tuple(a: I32, b: F32):
    return np.array((a, b))


def array_of_arrays_dtype(a: F64, b: F64):
    return np.array([a, b * 300.0], dtype=np.int8)


def array_list_of_arrays(xs: list[F642]):
    return np.array(xs)


def array_copy(a: F64) -> float:
    b = np.array(a)
    b[0] = 99.0
    return a[0]


def array_of_array_dtype(a: F64):
    return np.array(a, dtype=np.float32)


def asarray_same(a: F64) -> float:
    b = np.asarray(a)
    b[0] = 99.0
    return a[0]


def asarray_same_dtype(a: F64) -> float:
    b = np.asarray(a, dtype=np.float64)
    b[0] = 42.0
    return a[0]


def asarray_returned(a: F64):
    return np.asarray(a, dtype=float)


def asarray_other_dtype(a: F64) -> float:
    b = np.asarray(a, dtype=np.float32)
    b[0] = 99.0
    return a[0]


def asarray_list(xs: list[int]):
    return np.asarray(xs, dtype=np.float32)


def asarray_tuple(x: float):
    return np.asarray((x, x * 2.0))
