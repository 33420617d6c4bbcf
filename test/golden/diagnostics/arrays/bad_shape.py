import numpy as np


# CHECK:@+1:18-66: error: array annotation 'np.ndarray[tuple[int, ...], np.dtype[np.float64]]' is not supported: give the rank as a tuple of ints and the dtype, as in np.ndarray[tuple[int, int], np.dtype[np.float64]] [UnsupportedAnnotation]
def bad_shape(a: np.ndarray[tuple[int, ...], np.dtype[np.float64]]) -> int:
    return 0
