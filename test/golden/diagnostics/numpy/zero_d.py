import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def zero_d(x: float) -> Vector:
    # CHECK:@+1:21: error: np.array() of a number (a 0-d array) is not supported in compiled code; use the number itself, or a list of it [UnsupportedCall]
    return np.array(x)
