import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def slice_store(v: Vector, m: np.ndarray[tuple[int, int], np.dtype[np.complex128]]) -> None:
    # CHECK:@+1:5-9: error: cannot assign a 'numpy.ndarray[tuple[int, int], numpy.dtype[numpy.complex128]]' to a slice of a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' [TypeMismatch]
    v[1:] = m
