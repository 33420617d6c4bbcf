import numpy as np
F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def constructor_arguments(x: float) -> float:
    # CHECK:@+1:18-33: error: np.float64() takes at most one positional argument here [BadCallArguments]
    return float(np.float64(x, x))
