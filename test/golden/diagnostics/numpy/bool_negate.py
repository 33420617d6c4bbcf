import numpy as np
F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def bool_negate(m: BoolVec) -> bool:
    # CHECK:@+1:17-21: error: bad operand type for unary -: 'numpy.bool' [TypeMismatch]
    return bool(-m[0])
