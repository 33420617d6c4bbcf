import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def ufunc_casting(a: Vector, r: Vector) -> None:
    # CHECK:@+1:22-37: error: np.exp() argument 'casting=' is not supported in compiled code yet [UnsupportedCall]
    np.exp(a, out=r, casting="unsafe")
