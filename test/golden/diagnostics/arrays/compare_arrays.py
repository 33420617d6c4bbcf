import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def compare_arrays(v: Vector, w: Vector) -> bool:
    # CHECK:@+1:12-17: error: function 'compare_arrays' returns a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' but its annotation says 'bool' [ReturnTypeMismatch]
    return v == w
