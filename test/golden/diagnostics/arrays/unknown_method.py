import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def unknown_method(a: Vector) -> None:
    # CHECK:@+1:5-12: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no method 'resize' that pycxx supports [UnknownAttribute]
    a.resize(3)
