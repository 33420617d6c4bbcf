import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reshape_float_size(a: Vector) -> Vector:
    # CHECK:@+1:22-24: error: the shape of a.reshape() must be ints or a tuple of ints, not 'float' [TypeMismatch]
    return a.reshape(2.0, 3)
