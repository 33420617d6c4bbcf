import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def too_many_indices(v: Vector) -> float:
    # CHECK:@+1:12-18: error: too many indices for array: array is 1-dimensional, but 2 were indexed [UnsupportedExpression]
    return v[0, 1]
