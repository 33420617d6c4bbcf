import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def in_place_floor_divide(v: Vector) -> None:
    # CHECK:@+1:5-13: error: in-place '//=' on an array is not supported yet: use += -= *= /= [UnsupportedOperation]
    v //= 2.0
