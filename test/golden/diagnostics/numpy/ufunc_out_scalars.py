import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_out_scalars(x: float, r: Vector) -> Vector:
    # CHECK:@+1:12-28: error: np.sqrt() with out= and only scalar arguments is not supported yet [UnsupportedCall]
    return np.sqrt(x, out=r)
