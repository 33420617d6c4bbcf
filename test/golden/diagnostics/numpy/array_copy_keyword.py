import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def array_copy_keyword(a: Vector) -> Vector:
    # CHECK:@+1:24-33: error: np.array() argument 'copy=' is not supported in compiled code yet [UnsupportedCall]
    return np.array(a, copy=False)
