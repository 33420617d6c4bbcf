import numpy as np

BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]


def bool_negate(m: BoolVec) -> bool:
    # CHECK:@+1:17-21: error: bad operand type for unary -: 'numpy.bool' [TypeMismatch]
    return bool(-m[0])
