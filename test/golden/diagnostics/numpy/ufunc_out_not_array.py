import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_out_not_array(a: Vector) -> Vector:
    # CHECK:@+1:29-31: error: out= of np.add() must be an array here, not 'float' [TypeMismatch]
    return np.add(a, a, out=1.0)
