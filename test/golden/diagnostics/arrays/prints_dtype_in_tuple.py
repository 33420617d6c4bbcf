import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def prints_dtype_in_tuple(a: Vector) -> None:
    # CHECK:@+1:11-22: error: print() of a value of type 'tuple[numpy.dtype[numpy.float64], int]' is not supported; print its items [BadCallArguments]
    print((a.dtype, 1))
