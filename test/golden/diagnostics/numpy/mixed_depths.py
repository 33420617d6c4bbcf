import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def mixed_depths(x: float, xs: list[float]) -> Vector:
    # CHECK:@+1:21-27: error: np.array() cannot make an array of this: the items of 'tuple[float, list[float]]' have different depths (numpy raises ValueError: inhomogeneous shape) [TypeMismatch]
    return np.array((x, xs))
