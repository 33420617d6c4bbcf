"""Misuses of np.concatenate / np.stack / np.vstack that compiled code rejects: the sequence must
be a tuple or list of arrays, the axis an int (None only for concatenate), and numpy keywords
the shims lack are named."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]
Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]


def single_array(m: Matrix) -> Vector:
    return np.concatenate(m)


def list_of_numbers(x: float) -> Vector:
    return np.concatenate([x, x])


def empty_tuple() -> Vector:
    return np.vstack(())


def float_axis(a: Vector, b: Vector) -> Vector:
    return np.concatenate((a, b), axis=1.0)


def stack_axis_none(a: Vector, b: Vector) -> Matrix:
    return np.stack((a, b), axis=None)


def concatenate_out(a: Vector, b: Vector, r: Vector) -> Vector:
    return np.concatenate((a, b), out=r)


def concatenate_dtype(a: Vector, b: Vector) -> Vector:
    return np.concatenate((a, b), dtype=np.float32)

# CHECK:EXIT: 1
# CHECK:STDERR: numpy_join.py:12:27: error: np.concatenate() takes a tuple or list of arrays here, not 'numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]' (for the rows of one array, write a tuple of them) [TypeMismatch]
# CHECK:STDERR:         return np.concatenate(m)
# CHECK:STDERR:                               ^
# CHECK:STDERR: numpy_join.py:16:27: error: np.concatenate() takes a tuple or list of arrays here, not 'list[float]' (convert numbers and lists with np.array first) [TypeMismatch]
# CHECK:STDERR:         return np.concatenate([x, x])
# CHECK:STDERR:                               ^~~~~~
# CHECK:STDERR: numpy_join.py:20:22: error: np.vstack() takes a tuple or list of arrays here, not 'tuple[()]' (numpy raises ValueError: need at least one array) [TypeMismatch]
# CHECK:STDERR:         return np.vstack(())
# CHECK:STDERR:                          ^~
# CHECK:STDERR: numpy_join.py:24:40: error: axis of np.concatenate() must be an int or None, not 'float' [TypeMismatch]
# CHECK:STDERR:         return np.concatenate((a, b), axis=1.0)
# CHECK:STDERR:                                            ^~~
# CHECK:STDERR: numpy_join.py:28:34: error: axis of np.stack() must be an int, not 'None' [TypeMismatch]
# CHECK:STDERR:         return np.stack((a, b), axis=None)
# CHECK:STDERR:                                      ^~~~
# CHECK:STDERR: numpy_join.py:32:35: error: np.concatenate() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.concatenate(...)) [UnsupportedCall]
# CHECK:STDERR:         return np.concatenate((a, b), out=r)
# CHECK:STDERR:                                       ^~~~~
# CHECK:STDERR: numpy_join.py:36:35: error: np.concatenate() argument 'dtype=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return np.concatenate((a, b), dtype=np.float32)
# CHECK:STDERR:                                       ^~~~~~~~~~~~~~~~
