import numpy as np


def from_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]):
    # CHECK:@+1:16: error: 'yield from' an array is not supported yet: write 'for x in a: yield x' [UnsupportedExpression]
    yield from a
