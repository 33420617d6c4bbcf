import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_out_rank(m: np.ndarray[tuple[int, int], np.dtype[np.float64]], r: Vector) -> Vector:
    # CHECK:@+1:12-28: error: np.sqrt() computes a 2-d result, which out= of rank 1 cannot hold (numpy raises ValueError) [TypeMismatch]
    return np.sqrt(m, out=r)
