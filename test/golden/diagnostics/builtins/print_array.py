import numpy as np


def print_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> None:
    # CHECK:@+1:17: error: print() of a value of type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' is not supported; print its items [BadCallArguments]
    print("a:", a)
