import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def dtype_value(xs: list[float], n: int) -> Vector:
    # CHECK:@+1:31: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
    return np.array(xs, dtype=n)
