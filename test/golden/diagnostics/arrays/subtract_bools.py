import numpy as np


def subtract_bools(m: np.ndarray[tuple[int], np.dtype[np.bool_]]) -> None:
    # CHECK:@+1:9-13: error: '-' between 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' and 'numpy.ndarray[tuple[int], numpy.dtype[numpy.bool]]' is not supported for arrays yet [UnsupportedOperation]
    d = m - m
