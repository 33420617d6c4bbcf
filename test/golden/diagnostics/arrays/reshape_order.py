import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reshape_order(a: Vector) -> Vector:
    # CHECK:@+1:30-38: error: a.reshape() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
    return a.reshape((2, 3), order="F")
