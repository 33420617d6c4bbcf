import numpy as np

BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]


def bool_subtract(m: BoolVec) -> bool:
    # CHECK:@+1:17-27: error: numpy cannot subtract 'numpy.bool' and 'numpy.bool': numpy refuses '-' on booleans (use '^' or np.logical_xor) [TypeMismatch]
    return bool(m[0] - m[1])
