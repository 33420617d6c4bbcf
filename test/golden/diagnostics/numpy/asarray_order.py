import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def asarray_order(xs: list[float]) -> Vector:
    # CHECK:@+1:27-35: error: np.asarray() argument 'order=' is not supported in compiled code yet [UnsupportedCall]
    return np.asarray(xs, order="C")
