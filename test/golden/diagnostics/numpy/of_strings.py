import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def of_strings(words: list[str]) -> Vector:
    # CHECK:@+1:21-25: error: np.array() cannot make an array of this: 'str' is not a number, a list, a tuple or an array [TypeMismatch]
    return np.array(words)
