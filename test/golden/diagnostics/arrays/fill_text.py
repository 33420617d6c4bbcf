import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def fill_text(a: Vector) -> None:
    # CHECK:@+1:12-14: error: argument 'value' of a.fill() must be a number, not 'str' [TypeMismatch]
    a.fill("x")
