"""numpy's creation functions (typing rules Creation, CreationLike and Signature shims): zeros,
ones, empty (shape only: its values are not defined), full, the _like forms with dtype=, copy,
arange and linspace with numpy's edge cases (empty ranges, negative steps, num=0 and 1,
endpoint=False), and numpy's constants."""

import numpy as np

F64_2 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]


def zeros_1d(n: int):
    return np.zeros(n)


def zeros_2d_int32(n: int, m: int):
    return np.zeros((n, m), dtype=np.int32)


def ones_1d(n: int):
    return np.ones(n)


def ones_bool(n: int):
    return np.ones((n, 2), dtype=np.bool_)


def ones_complex(n: int):
    return np.ones(n, dtype=np.complex128)


def empty_shape(n: int, m: int) -> tuple[int, int]:
    return np.empty((n, m)).shape


def empty_dtype_float32(n: int):
    return np.zeros_like(np.empty(n, dtype=np.float32))


def full_float(n: int, v: float):
    return np.full(n, v)


def full_int(n: int, v: int):
    return np.full((n, 2), v)


def full_bool(n: int, v: bool):
    return np.full(n, v)


def full_dtype(n: int, v: float):
    return np.full(n, v, dtype=np.float32)


def full_int_into_uint8(n: int, v: int):
    return np.full(n, v, dtype=np.uint8)


def zeros_like_of(a: F64_2):
    return np.zeros_like(a)


def ones_like_int(a: I32):
    return np.ones_like(a)


def ones_like_dtype(a: I32):
    return np.ones_like(a, dtype=np.float64)


def empty_like_shape(a: F64_2) -> tuple[int, int]:
    return np.empty_like(a).shape


def full_like_of(a: I32, v: float):
    return np.full_like(a, v)


def full_like_dtype(a: I32, v: float):
    return np.full_like(a, v, dtype=np.float32)


def full_like_int8(a: np.ndarray[tuple[int], np.dtype[np.int8]], v: int):
    return np.full_like(a, v)


def copy_of(a: F64_2):
    return np.copy(a)


def copy_is_new(a: F64_2) -> float:
    b = np.copy(a)
    b[0, 0] = 42.0
    return float(a[0, 0])


def arange_stop(n: int):
    return np.arange(n)


def arange_start_stop(a: int, b: int):
    return np.arange(a, b)


def arange_step(a: int, b: int, s: int):
    return np.arange(a, b, s)


def arange_float(x: float):
    return np.arange(x)


def arange_float_step(a: float, b: float, s: float):
    return np.arange(a, b, s)


def linspace_of(a: float, b: float, n: int):
    return np.linspace(a, b, n)


def linspace_default(a: float, b: float):
    return np.linspace(a, b)


def linspace_open(a: float, b: float, n: int):
    return np.linspace(a, b, n, endpoint=False)


def linspace_keyword(a: float, b: float, n: int):
    return np.linspace(a, b, num=n, endpoint=True)


def constants() -> tuple[float, float, float, float]:
    return np.pi, np.e, np.inf, np.nan


def newaxis_view(n: int) -> tuple[int, int]:
    return np.zeros(n)[:, np.newaxis].shape


def array_of_floats(xs: list[float]):
    return np.array(xs)


def array_of_ints(xs: list[int]):
    return np.array(xs)


def array_of_bools(xs: list[bool]):
    return np.array(xs)


def array_of_complex(xs: list[complex]):
    return np.array(xs)


def array_2d(rows: list[list[float]]):
    return np.array(rows)


def asarray_2d_int(rows: list[list[int]]):
    return np.asarray(rows)


def asarray_floats(xs: list[float]):
    return np.asarray(xs)


def array_display(n: int):
    return np.array([1.5, -0.0, 2.0]) * n


def array_display_2d():
    return np.array([[1, 2, 3], [4, 5, 6]])


def array_is_a_copy(xs: list[float]) -> float:
    a = np.array(xs)
    a[0] = 9.0
    return xs[0]
