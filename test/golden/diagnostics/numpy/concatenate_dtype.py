import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def concatenate_dtype(a: Vector, b: Vector) -> Vector:
    # CHECK:@+1:35-50: error: np.concatenate() argument 'dtype=' is not supported in compiled code yet [UnsupportedCall]
    return np.concatenate((a, b), dtype=np.float32)
