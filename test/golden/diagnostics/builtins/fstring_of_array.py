import numpy as np


def fstring_of_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> str:
    # CHECK:@+1:15: error: a value of type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot be formatted in an f-string [UnsupportedExpression]
    return f"{a}"
