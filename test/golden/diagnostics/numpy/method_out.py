import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def method_out(a: Vector, r: Vector) -> float:
    # CHECK:@+1:19-23: error: a.mean() argument 'out=' is not supported in compiled code yet: assign the result instead (r[...] = a.mean(...)) [UnsupportedCall]
    return a.mean(out=r)
