import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def not_numpy_either(a: Vector) -> float:
    # CHECK:@+1:22-28: error: np.sum() got an unexpected or repeated keyword argument 'bogus' [BadCallArguments]
    return np.sum(a, bogus=1)
