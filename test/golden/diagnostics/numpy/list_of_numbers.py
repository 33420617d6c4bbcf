import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def list_of_numbers(x: float) -> Vector:
    # CHECK:@+1:27-32: error: np.concatenate() takes a tuple or list of arrays here, not 'list[float]' (convert numbers and lists with np.array first) [TypeMismatch]
    return np.concatenate([x, x])
