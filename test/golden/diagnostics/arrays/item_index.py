import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def item_index(a: Vector) -> float:
    # CHECK:@+1:19: error: a.item() takes at most 0 positional arguments in compiled code (item(index), item(i, j) with indices are not supported yet) [UnsupportedCall]
    return a.item(0)
