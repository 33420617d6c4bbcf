import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def reduction_out(a: Vector, r: Vector) -> float:
    # CHECK:@+1:22-26: error: np.sum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.sum(...)) [UnsupportedCall]
    return np.sum(a, out=r)
