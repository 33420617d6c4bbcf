import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_where(a: Vector, m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> Vector:
    # CHECK:@+1:12-30: error: np.sqrt() with where= but no out= leaves the unselected elements uninitialised in numpy: pass out= too [UnsupportedCall]
    return np.sqrt(a, where=m)
