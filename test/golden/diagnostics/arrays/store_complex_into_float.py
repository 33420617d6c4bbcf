import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def store_complex_into_float(v: Vector, z: complex) -> None:
    # CHECK:@+1:5-8: error: cannot store a 'complex' into an element of a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' [TypeMismatch]
    v[0] = z
