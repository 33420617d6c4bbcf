import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def creation_order(n: int) -> Vector:
    # CHECK:@+1:24-32: error: np.zeros() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
    return np.zeros(n, order="F")
