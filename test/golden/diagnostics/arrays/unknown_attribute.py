import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def unknown_attribute(v: Vector) -> int:
    # CHECK:@+1:12-20: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no attribute 'strides' [UnknownAttribute]
    return v.strides
