import numpy as np
F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def bool_subtract(m: BoolVec) -> bool:
    # CHECK:@+1:17-27: error: numpy cannot subtract 'numpy.bool' and 'numpy.bool': numpy refuses '-' on booleans (use '^' or np.logical_xor) [TypeMismatch]
    return bool(m[0] - m[1])
