"""numpy arguments pycxx does not support yet are named in a diagnostic, never ignored:
out= and where= on ufuncs, reductions and scans, numpy keywords of creation functions."""

import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_out(a: Vector, r: Vector) -> None:
    np.exp(a, out=r)


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

# CHECK:EXIT: 1
# CHECK:STDERR: numpy_arguments.py:10:15: error: np.exp() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.exp(...)) [UnsupportedCall]
# CHECK:STDERR:         np.exp(a, out=r)
# CHECK:STDERR:                   ^~~~~
# CHECK:STDERR: numpy_arguments.py:14:23: error: np.sqrt() argument 'where=' is not supported in compiled code yet: select with np.where(mask, ..., ...) instead [UnsupportedCall]
# CHECK:STDERR:         return np.sqrt(a, where=m)
# CHECK:STDERR:                           ^~~~~~~
# CHECK:STDERR: numpy_arguments.py:18:22: error: np.sum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.sum(...)) [UnsupportedCall]
# CHECK:STDERR:         return np.sum(a, out=r)
# CHECK:STDERR:                          ^~~~~
# CHECK:STDERR: numpy_arguments.py:22:22: error: np.max() argument 'where=' is not supported in compiled code yet: select with np.where(mask, ..., ...) instead [UnsupportedCall]
# CHECK:STDERR:         return np.max(a, where=m)
# CHECK:STDERR:                          ^~~~~~~
# CHECK:STDERR: numpy_arguments.py:26:19: error: a.mean() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = a.mean(...)) [UnsupportedCall]
# CHECK:STDERR:         return a.mean(out=r)
# CHECK:STDERR:                       ^~~~~
# CHECK:STDERR: numpy_arguments.py:30:25: error: np.cumsum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.cumsum(...)) [UnsupportedCall]
# CHECK:STDERR:         return np.cumsum(a, out=r)
# CHECK:STDERR:                             ^~~~~
# CHECK:STDERR: numpy_arguments.py:34:24: error: np.zeros() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
# CHECK:STDERR:         return np.zeros(n, order="F")
# CHECK:STDERR:                            ^~~~~~~~~
# CHECK:STDERR: numpy_arguments.py:38:22: error: np.sum() got an unexpected or repeated keyword argument 'bogus' [BadCallArguments]
# CHECK:STDERR:         return np.sum(a, bogus=1)
# CHECK:STDERR:                          ^~~~~~~
# CHECK:STDERR: numpy_arguments.py:42:12: error: no form of np.linspace() takes arguments (float, float, int, retstep=bool); the supported forms are:
# CHECK:STDERR:     linspace(start: float, stop: float, num: int = 50, endpoint: bool = True) -> ndarray[float64, 1] [BadCallArguments]
# CHECK:STDERR:         return np.linspace(0.0, 1.0, n, retstep=False)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
