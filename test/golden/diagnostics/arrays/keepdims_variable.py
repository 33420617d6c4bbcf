import numpy as np


def keepdims_variable(a: np.ndarray[tuple[int, int], np.dtype[np.float64]], keep: bool) -> None:
    # CHECK:@+1:36-39: error: keepdims must be written True or False in compiled code [UnsupportedExpression]
    s = np.sum(a, axis=0, keepdims=keep)
