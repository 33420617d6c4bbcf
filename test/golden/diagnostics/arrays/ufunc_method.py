import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_method(v: Vector) -> None:
    # CHECK:@+1:9-24: error: 'numpy.maximum' has no function 'outer' that pycxx supports [UnknownAttribute]
    w = np.maximum.outer(v, v)
