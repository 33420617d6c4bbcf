import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]
Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]


def single_array(m: Matrix) -> Vector:
    # CHECK:@+1:27: error: np.concatenate() takes a tuple or list of arrays here, not 'numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]' (for the rows of one array, write a tuple of them) [TypeMismatch]
    return np.concatenate(m)
