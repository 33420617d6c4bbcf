"""Misuse of numpy arrays in compiled code: bad annotations, indexing that is not one integer
per dimension, stores of the wrong kind, operations not supported on arrays yet."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def bad_dtype(a: np.ndarray[tuple[int], np.dtype[np.float16]]) -> int:
    return 0


def bad_shape(a: np.ndarray[tuple[int, ...], np.dtype[np.float64]]) -> int:
    return 0


def too_many_indices(v: Vector) -> float:
    return v[0, 1]


def float_index(v: Vector, x: float) -> float:
    return v[x]


def slice_store(v: Vector, m: np.ndarray[tuple[int, int], np.dtype[np.complex128]]) -> None:
    v[1:] = m


def store_complex_into_float(v: Vector, z: complex) -> None:
    v[0] = z


def compare_arrays(v: Vector, w: Vector) -> bool:
    return v == w


def tuple_item_store(t: tuple[int, int]) -> None:
    t[0] = 1


def unknown_attribute(v: Vector) -> int:
    return v.strides


def iterate_matrix(a: np.ndarray[tuple[int, int], np.dtype[np.float64]]) -> float:
    for row in a:
        pass
    return 0.0


def bad_dtype_argument(n: int) -> None:
    z = np.zeros(n, dtype="f8")


def bad_shape_argument(x: float) -> None:
    z = np.zeros(x)


def array_condition(v: Vector) -> int:
    if v:
        return 1
    return 0


def len_of_number(x: float) -> int:
    return len(x)


def subtract_bools(m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> None:
    d = m - m


def shift_arrays(v: 'int[:]') -> None:
    w = v << 1


def in_place_floor_divide(v: Vector) -> None:
    v //= 2.0


def int_array_plus_float_in_place(v: 'int[:]') -> None:
    v += 1.5


def keepdims_variable(a: np.ndarray[tuple[int, int], np.dtype[np.float64]], keep: bool) -> None:
    s = np.sum(a, axis=0, keepdims=keep)


def axis_tuple(a: np.ndarray[tuple[int, int], np.dtype[np.float64]]) -> None:
    s = np.sum(a, axis=(0, 1))


def like_of_number(x: float) -> None:
    z = np.zeros_like(x)


def float_array_index(v: Vector) -> None:
    w = v[v]


def ufunc_method(v: Vector) -> None:
    w = np.maximum.outer(v, v)


def calls_internal(v: Vector) -> int:
    return internal_helper(v)


def internal_helper(v):
    return v.strides  # the one error: no second one about an unknown return type

# CHECK:EXIT: 1
# CHECK:STDERR: arrays.py:9:41: error: array dtype 'np.dtype[np.float16]' is not supported: use np.dtype[np.float64] or another numpy dtype (bool, int8..uint64, float32, float64, complex64, complex128) [UnsupportedAnnotation]
# CHECK:STDERR:     def bad_dtype(a: np.ndarray[tuple[int], np.dtype[np.float16]]) -> int:
# CHECK:STDERR:                                             ^~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: arrays.py:13:18: error: array annotation 'np.ndarray[tuple[int, ...], np.dtype[np.float64]]' is not supported: give the rank as a tuple of ints and the dtype, as in np.ndarray[tuple[int, int], np.dtype[np.float64]] [UnsupportedAnnotation]
# CHECK:STDERR:     def bad_shape(a: np.ndarray[tuple[int, ...], np.dtype[np.float64]]) -> int:
# CHECK:STDERR:                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: arrays.py:109:1: warning: public function 'internal_helper' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
# CHECK:STDERR:     def internal_helper(v):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: arrays.py:18:12: error: too many indices for array: array is 1-dimensional, but 2 were indexed [UnsupportedExpression]
# CHECK:STDERR:         return v[0, 1]
# CHECK:STDERR:                ^~~~~~~
# CHECK:STDERR: arrays.py:22:14: error: an array index must be an int, not 'float' (masks and index arrays are not supported yet) [TypeMismatch]
# CHECK:STDERR:         return v[x]
# CHECK:STDERR:                  ^
# CHECK:STDERR: arrays.py:26:5: error: cannot assign a 'numpy.ndarray[tuple[int, int], numpy.dtype[numpy.complex128]]' to a slice of a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' [TypeMismatch]
# CHECK:STDERR:         v[1:] = m
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: arrays.py:30:5: error: cannot store a 'complex' into an element of a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' [TypeMismatch]
# CHECK:STDERR:         v[0] = z
# CHECK:STDERR:         ^~~~
# CHECK:STDERR: arrays.py:34:12: error: function 'compare_arrays' returns a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' but its annotation says 'bool' [ReturnTypeMismatch]
# CHECK:STDERR:         return v == w
# CHECK:STDERR:                ^~~~~~
# CHECK:STDERR: arrays.py:38:5: error: 'tuple[int, int]' object does not support item assignment [TypeMismatch]
# CHECK:STDERR:         t[0] = 1
# CHECK:STDERR:         ^~~~
# CHECK:STDERR: arrays.py:42:12: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no attribute 'strides' [UnknownAttribute]
# CHECK:STDERR:         return v.strides
# CHECK:STDERR:                ^~~~~~~~~
# CHECK:STDERR: arrays.py:52:27: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
# CHECK:STDERR:         z = np.zeros(n, dtype="f8")
# CHECK:STDERR:                               ^~~~
# CHECK:STDERR: arrays.py:56:18: error: the shape of np.zeros() must be an int or a tuple of ints, not 'float' [TypeMismatch]
# CHECK:STDERR:         z = np.zeros(x)
# CHECK:STDERR:                      ^
# CHECK:STDERR: arrays.py:60:8: error: a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot be used as a condition [TypeMismatch]
# CHECK:STDERR:         if v:
# CHECK:STDERR:            ^
# CHECK:STDERR: arrays.py:66:16: error: len() cannot take an argument of type 'float' [BadCallArguments]
# CHECK:STDERR:         return len(x)
# CHECK:STDERR:                    ^
# CHECK:STDERR: arrays.py:70:9: error: '-' between 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' and 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' is not supported for arrays yet [UnsupportedOperation]
# CHECK:STDERR:         d = m - m
# CHECK:STDERR:             ^~~~~
# CHECK:STDERR: arrays.py:74:9: error: '<<' between 'numpy.ndarray[tuple[int], numpy.dtype[numpy.int64]]' and 'int' is not supported for arrays yet [UnsupportedOperation]
# CHECK:STDERR:         w = v << 1
# CHECK:STDERR:             ^~~~~~
# CHECK:STDERR: arrays.py:78:5: error: in-place '//=' on an array is not supported yet: use += -= *= /= [UnsupportedOperation]
# CHECK:STDERR:         v //= 2.0
# CHECK:STDERR:         ^~~~~~~~~
# CHECK:STDERR: arrays.py:82:5: error: 'v += ...' gives a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' but 'v' has type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.int64]]': a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:         v += 1.5
# CHECK:STDERR:         ^~~~~~~~
# CHECK:STDERR: arrays.py:86:36: error: keepdims must be written True or False in compiled code [UnsupportedExpression]
# CHECK:STDERR:         s = np.sum(a, axis=0, keepdims=keep)
# CHECK:STDERR:                                        ^~~~
# CHECK:STDERR: arrays.py:90:24: error: axis must be an int or None here, not 'tuple[int, int]' [UnsupportedExpression]
# CHECK:STDERR:         s = np.sum(a, axis=(0, 1))
# CHECK:STDERR:                            ^~~~~~
# CHECK:STDERR: arrays.py:94:23: error: np.zeros_like() takes an array here, not 'float' [TypeMismatch]
# CHECK:STDERR:         z = np.zeros_like(x)
# CHECK:STDERR:                           ^
# CHECK:STDERR: arrays.py:98:11: error: a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot index a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]': index with ints, a bool mask or an int array [TypeMismatch]
# CHECK:STDERR:         w = v[v]
# CHECK:STDERR:               ^
# CHECK:STDERR: arrays.py:102:9: error: 'numpy.maximum' has no function 'outer' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         w = np.maximum.outer(v, v)
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~
# CHECK:STDERR: arrays.py:110:12: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no attribute 'strides' [UnknownAttribute]
# CHECK:STDERR:         return v.strides  # the one error: no second one about an unknown return type
# CHECK:STDERR:                ^~~~~~~~~
