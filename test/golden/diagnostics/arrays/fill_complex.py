import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def fill_complex(a: Vector) -> None:
    # CHECK:@+1:12-13: error: a.fill() cannot store a complex number in an array of dtype float64 [TypeMismatch]
    a.fill(1j)
