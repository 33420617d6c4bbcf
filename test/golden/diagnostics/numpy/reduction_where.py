import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reduction_where(a: Vector, m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> float:
    # CHECK:@+1:22-28: error: np.max() argument 'where=' is not supported in compiled code yet: select with np.where(mask, ..., ...) instead [UnsupportedCall]
    return np.max(a, where=m)
