import numpy as np


def axis_tuple(a: np.ndarray[tuple[int, int], np.dtype[np.float64]]) -> None:
    # CHECK:@+1:24-29: error: axis must be an int or None here, not 'tuple[int, int]' [UnsupportedExpression]
    s = np.sum(a, axis=(0, 1))
