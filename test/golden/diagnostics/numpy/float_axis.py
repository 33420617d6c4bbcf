import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def float_axis(a: Vector, b: Vector) -> Vector:
    # CHECK:@+1:40-42: error: axis of np.concatenate() must be an int or None, not 'float' [TypeMismatch]
    return np.concatenate((a, b), axis=1.0)
