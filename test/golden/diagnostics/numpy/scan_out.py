import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def scan_out(a: Vector, r: Vector) -> Vector:
    # CHECK:@+1:25-29: error: np.cumsum() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.cumsum(...)) [UnsupportedCall]
    return np.cumsum(a, out=r)
