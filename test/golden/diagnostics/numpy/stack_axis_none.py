import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]
Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]


def stack_axis_none(a: Vector, b: Vector) -> Matrix:
    # CHECK:@+1:34-37: error: axis of np.stack() must be an int, not 'None' [TypeMismatch]
    return np.stack((a, b), axis=None)
