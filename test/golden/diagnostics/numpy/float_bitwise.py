import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]


def float_bitwise(a: F32Vec) -> float:
    # CHECK:@+1:18-28: error: numpy cannot apply a bitwise operator to 'numpy.float32' and 'numpy.float32': bitwise operators take integers or booleans [TypeMismatch]
    return float(a[0] & a[1])
