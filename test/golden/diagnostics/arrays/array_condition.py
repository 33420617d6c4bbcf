import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def array_condition(v: Vector) -> int:
    # CHECK:@+1:8: error: a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot be used as a condition [TypeMismatch]
    if v:
        return 1
    return 0
