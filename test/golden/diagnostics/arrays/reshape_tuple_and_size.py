import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reshape_tuple_and_size(a: Vector) -> Vector:
    # CHECK:@+1:22-27: error: the shape of a.reshape() must be ints or a tuple of ints, not 'tuple[int, int]' [TypeMismatch]
    return a.reshape((2, 3), 1)
