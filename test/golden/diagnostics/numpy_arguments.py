"""numpy arguments pycxx does not support yet are named in a diagnostic, never ignored:
out= and where= on reductions and scans, casting= and where= without out= on ufuncs, an out=
that cannot hold the result, numpy keywords of creation functions."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_casting(a: Vector, r: Vector) -> None:
    np.exp(a, out=r, casting="unsafe")


def ufunc_where(a: Vector, m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> Vector:
    return np.sqrt(a, where=m)


def reduction_out(a: Vector, r: Vector) -> float:
    return np.sum(a, out=r)


def reduction_where(a: Vector, m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> float:
    return np.max(a, where=m)


def method_out(a: Vector, r: Vector) -> float:
    return a.mean(out=r)


def scan_out(a: Vector, r: Vector) -> Vector:
    return np.cumsum(a, out=r)


def creation_order(n: int) -> Vector:
    return np.zeros(n, order="F")


def not_numpy_either(a: Vector) -> float:
    return np.sum(a, bogus=1)


def signature_shim_keyword(n: int) -> Vector:
    return np.linspace(0.0, 1.0, n, retstep=False)


def ufunc_out_not_array(a: Vector) -> Vector:
    return np.add(a, a, out=1.0)


def ufunc_out_rank(m: np.ndarray[tuple[int, int], np.dtype[np.float64]], r: Vector) -> Vector:
    return np.sqrt(m, out=r)


def ufunc_out_scalars(x: float, r: Vector) -> Vector:
    return np.sqrt(x, out=r)

# CHECK:EXIT: 1
# CHECK:STDERR: numpy_arguments.py:11:22: error: np.exp() argument 'casting=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         np.exp(a, out=r, casting="unsafe")
# CHECK:STDERR:                          ^~~~~~~~~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:15:12: error: np.sqrt() with where= but no out= leaves the unselected elements uninitialised in numpy: pass out= too [UnsupportedCall]
# CHECK:STDERR:         return np.sqrt(a, where=m)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:19:22: error: np.sum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.sum(...)) [UnsupportedCall]
# CHECK:STDERR:         return np.sum(a, out=r)
# CHECK:STDERR:                          ^~~~~
# CHECK:STDERR: numpy_arguments.py:23:22: error: np.max() argument 'where=' is not supported in compiled code yet: select with np.where(mask, ..., ...) instead [UnsupportedCall]
# CHECK:STDERR:         return np.max(a, where=m)
# CHECK:STDERR:                          ^~~~~~~
# CHECK:STDERR: numpy_arguments.py:27:19: error: a.mean() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = a.mean(...)) [UnsupportedCall]
# CHECK:STDERR:         return a.mean(out=r)
# CHECK:STDERR:                       ^~~~~
# CHECK:STDERR: numpy_arguments.py:31:25: error: np.cumsum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.cumsum(...)) [UnsupportedCall]
# CHECK:STDERR:         return np.cumsum(a, out=r)
# CHECK:STDERR:                             ^~~~~
# CHECK:STDERR: numpy_arguments.py:35:24: error: np.zeros() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return np.zeros(n, order="F")
# CHECK:STDERR:                            ^~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:39:22: error: np.sum() got an unexpected or repeated keyword argument 'bogus' [BadCallArguments]
# CHECK:STDERR:         return np.sum(a, bogus=1)
# CHECK:STDERR:                          ^~~~~~~
# CHECK:STDERR: numpy_arguments.py:43:12: error: no form of np.linspace() takes arguments (float, float, int, retstep=bool); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     linspace(start: float, stop: float, num: int = 50, endpoint: bool = True) -> ndarray[float64, 1]
# CHECK:STDERR:         return np.linspace(0.0, 1.0, n, retstep=False)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:47:29: error: out= of np.add() must be an array here, not 'float' [TypeMismatch]
# CHECK:STDERR:         return np.add(a, a, out=1.0)
# CHECK:STDERR:                                 ^~~
# CHECK:STDERR: numpy_arguments.py:51:12: error: np.sqrt() computes a 2-d result, which out= of rank 1 cannot hold (numpy raises ValueError) [TypeMismatch]
# CHECK:STDERR:         return np.sqrt(m, out=r)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:55:12: error: np.sqrt() with out= and only scalar arguments is not supported yet [UnsupportedCall]
# CHECK:STDERR:         return np.sqrt(x, out=r)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~
