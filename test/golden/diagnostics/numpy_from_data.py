"""Misuses of np.array / np.asarray that compiled code rejects: a number alone (a 0-d array),
values that are not numbers, lists, tuples or arrays, items of different depths, a dtype that
is not a type, and numpy keywords the shims lack."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def zero_d(x: float) -> Vector:
    return np.array(x)


def of_strings(words: list[str]) -> Vector:
    return np.array(words)


def mixed_depths(x: float, xs: list[float]) -> Vector:
    return np.array((x, xs))


def dtype_value(xs: list[float], n: int) -> Vector:
    return np.array(xs, dtype=n)


def array_copy_keyword(a: Vector) -> Vector:
    return np.array(a, copy=False)


def asarray_order(xs: list[float]) -> Vector:
    return np.asarray(xs, order="C")

# CHECK:EXIT: 1
# CHECK:STDERR: numpy_from_data.py:11:21: error: np.array() of a number (a 0-d array) is not supported in compiled code; use the number itself, or a list of it [UnsupportedCall]
# CHECK:STDERR:         return np.array(x)
# CHECK:STDERR:                         ^
# CHECK:STDERR: numpy_from_data.py:15:21: error: np.array() cannot make an array of this: 'str' is not a number, a list, a tuple or an array [TypeMismatch]
# CHECK:STDERR:         return np.array(words)
# CHECK:STDERR:                         ^~~~~
# CHECK:STDERR: numpy_from_data.py:19:21: error: np.array() cannot make an array of this: the items of 'tuple[float, list[float]]' have different depths (numpy raises ValueError: inhomogeneous shape) [TypeMismatch]
# CHECK:STDERR:         return np.array((x, xs))
# CHECK:STDERR:                         ^~~~~~~
# CHECK:STDERR: numpy_from_data.py:23:31: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
# CHECK:STDERR:         return np.array(xs, dtype=n)
# CHECK:STDERR:                                   ^
# CHECK:STDERR: numpy_from_data.py:27:24: error: np.array() argument 'copy=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return np.array(a, copy=False)
# CHECK:STDERR:                            ^~~~~~~~~~
# CHECK:STDERR: numpy_from_data.py:31:27: error: np.asarray() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return np.asarray(xs, order="C")
# CHECK:STDERR:                               ^~~~~~~~~
