import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ravel_order(a: Vector) -> Vector:
    # CHECK:@+1:20-28: error: a.ravel() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
    return a.ravel(order="F")
