import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def empty_tuple() -> Vector:
    # CHECK:@+1:22-23: error: np.vstack() takes a tuple or list of arrays here, not 'tuple[()]' (numpy raises ValueError: need at least one array) [TypeMismatch]
    return np.vstack(())
