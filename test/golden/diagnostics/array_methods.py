"""Array methods (numpy.ndarray shims with the typing rule ArrayMethod) and a.dtype: the
arguments and uses pycxx refuses, each named in a diagnostic."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reshape_order(a: Vector) -> Vector:
    return a.reshape((2, 3), order="F")


def ravel_order(a: Vector) -> Vector:
    return a.ravel(order="F")


def reshape_float_size(a: Vector) -> Vector:
    return a.reshape(2.0, 3)


def reshape_tuple_and_size(a: Vector) -> Vector:
    return a.reshape((2, 3), 1)


def fill_complex(a: Vector) -> None:
    a.fill(1j)


def fill_text(a: Vector) -> None:
    a.fill("x")


def item_index(a: Vector) -> float:
    return a.item(0)


def returns_dtype(a: Vector):
    return a.dtype


def prints_dtype_in_tuple(a: Vector) -> None:
    print((a.dtype, 1))


def unknown_method(a: Vector) -> None:
    a.resize(3)

# CHECK:EXIT: 1
# CHECK:STDERR: array_methods.py:10:30: error: a.reshape() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return a.reshape((2, 3), order="F")
# CHECK:STDERR:                                  ^~~~~~~~~
# CHECK:STDERR: array_methods.py:14:20: error: a.ravel() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return a.ravel(order="F")
# CHECK:STDERR:                        ^~~~~~~~~
# CHECK:STDERR: array_methods.py:18:22: error: the shape of a.reshape() must be ints or a tuple of ints, not 'float' [TypeMismatch]
# CHECK:STDERR:         return a.reshape(2.0, 3)
# CHECK:STDERR:                          ^~~
# CHECK:STDERR: array_methods.py:22:22: error: the shape of a.reshape() must be ints or a tuple of ints, not 'tuple[int, int]' [TypeMismatch]
# CHECK:STDERR:         return a.reshape((2, 3), 1)
# CHECK:STDERR:                          ^~~~~~
# CHECK:STDERR: array_methods.py:26:12: error: a.fill() cannot store a complex number in an array of dtype float64 [TypeMismatch]
# CHECK:STDERR:         a.fill(1j)
# CHECK:STDERR:                ^~
# CHECK:STDERR: array_methods.py:30:12: error: argument 'value' of a.fill() must be a number, not 'str' [TypeMismatch]
# CHECK:STDERR:         a.fill("x")
# CHECK:STDERR:                ^~~
# CHECK:STDERR: array_methods.py:34:19: error: a.item() takes at most 0 positional arguments in compiled code (item(index), item(i, j) with indices are not supported yet) [UnsupportedCall]
# CHECK:STDERR:         return a.item(0)
# CHECK:STDERR:                       ^
# CHECK:STDERR: array_methods.py:42:11: error: print() of a value of type 'tuple[numpy.dtype[numpy.float64], int]' is not supported; print its items [BadCallArguments]
# CHECK:STDERR:         print((a.dtype, 1))
# CHECK:STDERR:               ^~~~~~~~~~~~
# CHECK:STDERR: array_methods.py:46:5: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no method 'resize' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         a.resize(3)
# CHECK:STDERR:         ^~~~~~~~
# CHECK:STDERR: array_methods.py:37:1: error: exported function 'returns_dtype' returns a numpy dtype: returning one to Python is not supported yet; return str(a.dtype) (its name) instead [UnsupportedExpression]
# CHECK:STDERR:     def returns_dtype(a: Vector):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
