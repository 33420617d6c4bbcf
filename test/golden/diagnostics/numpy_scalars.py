"""Misuse of numpy scalars (array elements, np.float32(...)): numpy's refusals are compile-time
errors naming both types, and a variable mixing a Python float with a numpy.float32 says how
to write it."""
import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def float_then_float32(a: F32Vec) -> float:
    total = 0.0
    total += a[0]
    return float(total)


def float32_reassigned(a: F32Vec) -> float:
    x = 1.5
    x = a[0]
    return float(x)


def bool_subtract(m: BoolVec) -> bool:
    return bool(m[0] - m[1])


def bool_negate(m: BoolVec) -> bool:
    return bool(-m[0])


def complex_floor(z: CVec) -> complex:
    return complex(z[0] // z[1])


def float_bitwise(a: F32Vec) -> float:
    return float(a[0] & a[1])


def constructor_of_complex(z: complex) -> float:
    return float(np.float32(z))


def constructor_arguments(x: float) -> float:
    return float(np.float64(x, x))


def bad_dtype_name(a: F32Vec) -> float:
    b = a.astype("float16")
    return 0.0


def astype_without_dtype(a: F32Vec) -> float:
    b = a.astype()
    return 0.0

# CHECK:EXIT: 1
# CHECK:STDERR: numpy_scalars.py:13:5: error: 'total += ...' gives a 'numpy.float32' but 'total' has type 'float': a variable keeps one type (start it as np.float32(...) to make it a 'numpy.float32' throughout) [IncompatibleAssignment]
# CHECK:STDERR:         total += a[0]
# CHECK:STDERR:         ^~~~~~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:19:5: error: 'x' is assigned a 'numpy.float32' here but has type 'float' elsewhere: a variable keeps one type (start it as np.float32(...) to make it a 'numpy.float32' throughout) [IncompatibleAssignment]
# CHECK:STDERR:         x = a[0]
# CHECK:STDERR:         ^
# CHECK:STDERR: numpy_scalars.py:18:5: note: 'x' first gets type 'float' here
# CHECK:STDERR:         x = 1.5
# CHECK:STDERR:         ^
# CHECK:STDERR: numpy_scalars.py:24:17: error: numpy cannot subtract 'numpy.bool' and 'numpy.bool': numpy refuses '-' on booleans (use '^' or np.logical_xor) [TypeMismatch]
# CHECK:STDERR:         return bool(m[0] - m[1])
# CHECK:STDERR:                     ^~~~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:28:17: error: bad operand type for unary -: 'numpy.bool' [TypeMismatch]
# CHECK:STDERR:         return bool(-m[0])
# CHECK:STDERR:                     ^~~~~
# CHECK:STDERR: numpy_scalars.py:32:20: error: numpy cannot floor-divide 'numpy.complex128' and 'numpy.complex128': '//' and '%' are not defined for complex numbers [TypeMismatch]
# CHECK:STDERR:         return complex(z[0] // z[1])
# CHECK:STDERR:                        ^~~~~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:36:18: error: numpy cannot apply a bitwise operator to 'numpy.float32' and 'numpy.float32': bitwise operators take integers or booleans [TypeMismatch]
# CHECK:STDERR:         return float(a[0] & a[1])
# CHECK:STDERR:                      ^~~~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:40:29: error: np.float32() cannot convert a 'complex' to 'numpy.float32' [BadCallArguments]
# CHECK:STDERR:         return float(np.float32(z))
# CHECK:STDERR:                                 ^
# CHECK:STDERR: numpy_scalars.py:44:18: error: np.float64() takes at most one positional argument here [BadCallArguments]
# CHECK:STDERR:         return float(np.float64(x, x))
# CHECK:STDERR:                      ^~~~~~~~~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:48:18: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
# CHECK:STDERR:         b = a.astype("float16")
# CHECK:STDERR:                      ^~~~~~~~~
# CHECK:STDERR: numpy_scalars.py:53:9: error: a.astype() missing required argument 'dtype' [BadCallArguments]
# CHECK:STDERR:         b = a.astype()
# CHECK:STDERR:             ^~~~~~~~~~
