import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def concatenate_out(a: Vector, b: Vector, r: Vector) -> Vector:
    # CHECK:@+1:35-39: error: np.concatenate() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = np.concatenate(...)) [UnsupportedCall]
    return np.concatenate((a, b), out=r)
