import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def float_array_index(v: Vector) -> None:
    # CHECK:@+1:11: error: a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot index a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]': index with ints, a bool mask or an int array [TypeMismatch]
    w = v[v]
