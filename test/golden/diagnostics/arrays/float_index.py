import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def float_index(v: Vector, x: float) -> float:
    # CHECK:@+1:14: error: an array index must be an int, not 'float' (masks and index arrays are not supported yet) [TypeMismatch]
    return v[x]
