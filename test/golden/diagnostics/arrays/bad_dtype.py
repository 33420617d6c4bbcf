import numpy as np


# CHECK:@+1:41-60: error: array dtype 'np.dtype[np.float16]' is not supported: use np.dtype[np.float64] or another numpy dtype (bool, int8..uint64, float32, float64, complex64, complex128) [UnsupportedAnnotation]
def bad_dtype(a: np.ndarray[tuple[int], np.dtype[np.float16]]) -> int:
    return 0
